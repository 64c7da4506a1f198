"""Times of day among positions (blind round 61): an incident's "Timeline" heading over a list of the day's clocks
(a heading naming footage, "Timeline of the video", still walks through positions), a match's start named by its
clock ("shortly after the 14:00 throw-in"), departures read off a timetable in a sentence about footage ("The bus
timetable on the shelter shows the 18 leaving at 14:22")."""

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
    "positions said the same way stay positions": [
        ("Timeline of the video\n- 12:10 – the van arrives\n- 14:30 – the driver leaves", [(730.0, None),
                                                                                          (870.0, None)]),
        ("Timeline of the webcast:\n- 0:00 – webcast starts\n- 12:40 – public questions", [(0.0, None),
                                                                                          (760.0, None)]),
        ("At 14:00 in the stream the throw-in happens.", [(840.0, None)]),
        ("In the video, the bus leaves at 1:20 and the doors close at 1:35.", [(80.0, None), (95.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_time_of_day_among_positions(text, expected):
    assert found_spans(text) == expected
