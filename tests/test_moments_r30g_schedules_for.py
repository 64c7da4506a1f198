"""A clock something is scheduled for, told with the active verb (blind round 30): a fact-check's "his eyes are closed
for about four seconds while he bows his head in prayer, which the ceremony's programme schedules for 11:00" gave a
position at 11:00. "Is scheduled for 11:00" was the day's plan already; "schedules (it, the vote) for" is the same
plan told actively. The noun ("the schedules for the week") plans nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock scheduled actively is the day's": [
        ("In the full stream, the moment appears at 1:03:22, and his eyes are closed for about four seconds while he "
         "bows his head in prayer, which the ceremony's programme schedules for 11:00. He lifts his head at 1:03:27.",
         [(3802.0, None), (3807.0, None)]),
        ("The council schedules the vote for 19:30, after public comments.", []),
        ("The running order schedules it for 14:15, right after lunch.", []),
        ("Every week the station schedules a repeat for 23:10 on Sunday.", []),
    ],
    "schedules as a noun plans nothing": [
        ("Check the clip: at 2:10 she pins up the schedules for the week.", [(130.0, None)]),
        ("The board shows the schedules at 2:10 in the video.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_schedules_for(text, expected):
    assert found_spans(text) == expected
