"""Speedrun board times and one's own measured time (blind round 84): a run's "Sum of best is now 40:21", "SoB
39:58", "IGT 38:10" are run times, not positions in the VOD; "mine went from 3:40 to 6:10" (a possessive pronoun
standing for the thing timed, as renders in a chat) is a measure that changed, not a stretch of footage. The VOD's
own stamps and a clip's range stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a speedrun's theoretical and in-game times are no positions": [
        ("Sum of best is now 40:21, so there is time left in the route.", []),
        ("My SoB 39:58 says sub-40 is on.", []),
        ("Sum of golds: 1:12:09. The skip itself is at 17:42 in the VOD.", [(1062.0, None)]),
    ],
    "one's own measure that changed is no range": [
        ("anyone else's exports slow? mine went from 3:40 to 6:10 on the same project", []),
        ("Theirs jumped from 2:05 to 4:40 on the old driver.", []),
        ("Ours dropped from 1:10 to 0:48 once we cleared the cache.", []),
    ],
    "a clip's range still told with a pronoun": [
        ("Mine is the clip from 3:40 to 6:10, the goal.", [(220.0, 370.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_speedrun_and_measures(text, expected):
    assert found_spans(text) == expected
