"""Times said to be under or over a bound (blind round 64): a speedrun forum's "the top 10 are all under 31:40" or "her
best is still over 9:58" compares measured times with a bound, no position (a position is never said to "be under"
a time); "under the table at 1:20" and "over 3:10 into the stream" stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a bound the times are under or over": [
        ("WR is 30:59 and the top 10 are all under 31:40.", []),
        ("Her best is still over 9:58, so no record yet.", []),
        ("Everyone on the leaderboard is sub-45:00 now.", []),
    ],
    "positions beside under and over": [
        ("The dog is under the table at 1:20 in the video.", [(80.0, None, False)]),
        ("At 2:10 the ball is over the line.", [(130.0, None, False)]),
        ("The part I mean is over 3:10 into the stream.", [(190.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bound_times(text, expected):
    assert found_hedged(text) == expected
