"""A point of play named with an event's noun (blind round 110, sports): a tennis highlights note's 'her tweener is at
11:02, and the Hawk-Eye challenge on match point runs from 11:40 to 12:05'. "Match point" (a set point, a game ball) is
a moment of play the highlights show, not a match whose day runs by the clock, so the stretch stays a position; the
match itself said to run or start at a clock time stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a point of play is no event of the day": [
        ("His drop shot is at 2:10, and the second match point runs from 4:20 to 4:48 with the crowd up.",
         [(130.0, None), (260.0, 288.0)]),
        ("The catch is at 0:52, and the game point ends at 6:30 with a double fault.", [(52.0, None), (390.0, None)]),
        ("Her backhand pass is at 1:15, and the match winner starts at 9:41.", [(75.0, None), (581.0, None)]),
    ],
    "the match itself keeps the day's clock": [
        ("Gates open at noon, and the match runs from 14:00 to 16:30.", []),
        ("Tickets sold out within an hour; the match starts at 19:45.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_point_of_play(text, expected):
    assert found_spans(text) == expected
