"""Times of day among positions (blind round 61): an incident's "Timeline" heading over a list of the day's clocks
(a heading naming footage, "Timeline of the video", still walks through positions), a match's start named by its
clock ("shortly after the 14:00 throw-in"), departures read off a timetable in a sentence about footage ("The bus
timetable on the shelter shows the 18 leaving at 14:22"), a social post's clock ("Telegram posts from 20:14 and
20:19 claim")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a day's clocks read as no position": [
        ("The stream shows the man at 1:12:40.\n\nTimeline\n* 09:12 – the alarm sounds\n* 09:15 – staff leave\n"
         "* 09:31 – police arrive", [(4360.0, None)]),
        ("In the archived video the lights fail at 12:10.\n\nTimeline\n- 18:05 – power cut reported\n"
         "- 18:40 – power restored", [(730.0, None)]),
        ("The broadcast went dark shortly after the 19:45 kick-off; the archive resumes at 1:02:30.",
         [(3750.0, None)]),
        ("The replay picks up just after the 15:00 throw-in, and the goal is at 41:10.", [(2470.0, None)]),
        ("At 0:12 in the clip he passes the stop; its timetable shows the 18 leaving at 14:22, 14:34 and 14:46.",
         [(12.0, None)]),
        ("The departure board in the video shows the express leaving at 17:05. At 0:40 the doors close.",
         [(40.0, None)]),
    ],
    "a social post's clock": [
        ("At 1:10 in the livestream the police line moves. Telegram posts from 20:14 and 20:19 claim it was cut.",
         [(70.0, None)]),
        ("At 0:22 of the video the officer fires. A tweet at 21:02 says otherwise.", [(22.0, None)]),
        ("The stream ends at 2:01:45; Facebook posts at 22:10 show the square empty.", [(7305.0, None)]),
    ],
    "positions said the same way stay positions": [
        ("In the video the lamp post at 0:40 sways.", [(40.0, None)]),
        ("Timeline of the video\n- 12:10 – the van arrives\n- 14:30 – the driver leaves", [(730.0, None),
                                                                                          (870.0, None)]),
        ("Timeline of the webcast:\n- 0:00 – webcast starts\n- 12:40 – public questions", [(0.0, None),
                                                                                          (760.0, None)]),
        ("At 14:00 in the stream the throw-in happens.", [(840.0, None)]),
        ("In the video, the bus leaves at 1:20 and the doors close at 1:35.", [(80.0, None), (95.0, None)]),
        ("In the clip, the ferry docks at 2:10 and the gates open at 2:40.", [(130.0, None), (160.0, None)]),
        ("On the livestream, the lights go out at 3:05 and the shops close at 3:30.", [(185.0, None), (210.0, None)]),
        # near-misses: a venue's evening in a vlog, the same words with no footage named
        ("In the vlog, doors open at 19:30 and the bar closes at 23:00.", []),
        ("The bus leaves at 1:20 and the doors close at 1:35.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_time_of_day_among_positions(text, expected):
    assert found_spans(text) == expected
