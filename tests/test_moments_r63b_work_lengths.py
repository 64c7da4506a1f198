"""A work's running time in brackets beside its name (blind round 63 sports-02, sports-03, reviews-02, html_md-01;
more cases for the rules wip-g63a added for the same family): the length closing an aside that names the whole work
and where it is ("(full game on YouTube, 2:01:14)"), after a quoted title and the kind of work ("the ‘Ironbark’
gameplay reveal (14:36)"), after a work said to be somewhere ("The full replay is on the broadcaster's app (3 hrs 12
mins)"), and a player's caption ("Video, 00:03:12"). A time in brackets after a part of the work stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a whole work and where it is, then its length": [
        ("Breaking down the semi-final (full match on the club channel, 1:48:20). At 12:40 the press breaks.",
         [(760.0, None)]),
        ("My notes on the debate (the entire stream on Twitch, 3h 58m): the walkout is at 2:10:05.", [(7805.0, None)]),
        ("How they beat the press (complete second-half replay on YouTube, 52:10)\n\nWatch 4:05 of the upload.",
         [(245.0, None)]),
    ],
    "a quoted title and its kind of work": [
        ("Watched the ‘Ember Lake’ launch trailer (2:41) twice. At 1:10 the dragon lands.", [(70.0, None)]),
        ("The “Harbour” teaser video (1:05) hides a date at 0:52.", [(52.0, None)]),
        ("Their 'Glasshouse' showcase (22:15) opens with a bug at 0:40.", [(40.0, None)]),
    ],
    "a work said to be somewhere": [
        ("The full replay is on iPlayer (2 hrs 5 mins). The try comes at 41:10.", [(2470.0, None)]),
        ("The whole session is up on YouTube (1h 12m), and the vote is at 58:30.", [(3510.0, None)]),
        ("The AGM is online (55 min), and the vote is at 41:15.", [(2475.0, None)]),
        ("The council meeting is on the town channel (1h 30m); the vote comes at 47:20.", [(2840.0, None)]),
        # near-misses: a tally with no work said to be anywhere, a tally that was
        ("The vote is at 58:30 with two wards left to count.", []),
        ("The debate is on YouTube (2 hrs) and the final vote was 58:30.", []),
    ],
    "a part of the work in brackets stays a position": [
        ("Worst moment of the race (the crash, 3:12) was avoidable.", [(192.0, None)]),
        ("In the ‘Ironbark’ reveal, the parry (3:10) looks generous.", [(190.0, None)]),
        ("The replay shows the foul (1m 12s) clearly.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_lengths(text, expected):
    assert found_spans(text) == expected


# A player's caption naming the kind of media, then its length (round 63 html_md-01: "Video, 00:03:12 — Committee
# session"); a label with a colon lists positions.
CAPTIONS = {
    "a player's caption of its length": [
        ("<figure><video controls></video><figcaption>Video, 00:02:45 &mdash; Council meeting</figcaption></figure>\n"
         "<p>The vote comes at 1:50.</p>", [(110.0, None)]),
        ("<p class=\"caption\">Audio, 00:14:10 &mdash; the full interview</p>\n<p>She names him at 6:02.</p>",
         [(362.0, None)]),
    ],
    "a label with a colon, or prose, stays a position": [
        ("Video: 0:45 — the crash", [(45.0, None)]),
        ("In the video, 1:12 is where he falls.", [(72.0, None)]),
    ],
}
CAPTION_CASES, CAPTION_IDS = family_cases(CAPTIONS)


@pytest.mark.parametrize(("text", "expected"), CAPTION_CASES, ids=CAPTION_IDS)
def test_player_captions(text, expected):
    assert found_spans(text) == expected
