"""A produced cut of an event named by its kind, its length in brackets, then positions that all fall inside it (blind
round 151, cycling: "On the race's YouTube stage summary (9:48), the decisive attack is at about 6:30, and the crash
in the feed zone is shown between 2:05 and 2:19"). A summary, a round-up, a wrap-up or a digest is a whole work as a
recap or a highlights package is: its bracketed time is its length, no position (the rule that reads "In the club's
highlights package (4:32), the opener is at 0:41" as a length). A bracketed time after the cut with no position after
it, or with one that passes it, stays a position cited in it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a produced cut's bracketed time before positions inside it is its length": [
        ("On the league's weekly round-up (12:05), the first try is at 1:40 and the red card comes at about 7:15.",
         [(100.0, None), (435.0, None)]),
        ("In the ABC's evening news digest (6:20), the flood footage runs from 0:45 to 1:30.", [(45.0, 90.0)]),
        ("On the tournament's day-three wrap-up (8:12): the upset is at 5:02.", [(302.0, None)]),
    ],
    "a bracketed time with no position after it, or one past it, stays a position": [
        ("In the council's meeting summary (2:10), the mayor walks out.", [(130.0, None)]),
        ("On the club's round-up (3:20), the keeper's save and the winner at 5:40 are both shown.",
         [(200.0, None), (340.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_produced_cut_length(text, expected):
    assert found_spans(text) == expected
