"""A videotaped deposition's turns (blind round 64): "00:43:02  A.  " opens a turn as "[00:00:14] MARTA: " does, so its
stamp is a position whatever the turn says about the time of day, and a time said in it is judged as speech in a
turn (a position in the exhibit being walked through), not as a chapter's title; an answer guessing a time after
a question asking where in an exhibit something happens is a position too. Clocks of the day said in the turns
(a shift's start, an off-the-record time) stay out."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "positions said in a Q./A. turn": [
        ("00:12:04  Q.  Detective, this is Exhibit 4, the body-camera recording. It runs about six minutes.\n"
         "00:12:15  A.  Yes.\n"
         "00:12:31  Q.  We just played 2:00 through 2:40. Did anyone knock?",
         [(724.0, None, False), (735.0, None, False), (751.0, None, False), (120.0, 160.0, False)]),
        ("01:05:10  Q.  And the footage, where does he drop the bag?\n01:05:16  A.  I'd say at 3:05, give or take.",
         [(3910.0, None, False), (3916.0, None, False), (185.0, None, True)]),
    ],
    "an answer guessing where in an exhibit": [
        ("00:12:18  Q.  Where on Exhibit 4 does the door open?\n00:12:25  A.  Roughly 2:10, I think.",
         [(738.0, None, False), (745.0, None, False), (130.0, None, True)]),
        ("00:30:02  Q.  At what point in the tape does the van arrive?\n00:30:09  A.  About 4:40, maybe.",
         [(1802.0, None, False), (1809.0, None, False), (280.0, None, True)]),
    ],
    "a turn's stamp when the turn talks of the time of day": [
        ("00:20:01  Q.  What time did your shift start that day?\n00:20:05  A.  At 7:30, as usual.\n"
         "00:20:09  Q.  And you clocked off at 19:30?",
         [(1201.0, None, False), (1205.0, None, False), (1209.0, None, False)]),
    ],
    "clocks of the day in the turns stay out": [
        ("00:05:00  Q.  Did you call dispatch?\n00:05:04  A.  Around 9:40, from the car.",
         [(300.0, None, False), (304.0, None, False)]),
        ("00:15:02  Q.  What time did you get there?\n00:15:06  A.  About 10:20, I think.",
         [(902.0, None, False), (906.0, None, False)]),
        ("00:43:23  MS. ACHEBE: Off the record at 4:07.", [(2603.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_deposition_turns(text, expected):
    assert found_hedged(text) == expected
