"""A box score's label for how long the game took, before its clock (blind round 118, a baseball report): "Game
time 3:02." As "Time of game: 3:02" already was, "Game time" or "Match time" right before a bare clock is the
game's length, no position. A position told after the words ("Game time: the winner is at 3:02 of the clip") and
a reading named after the clock stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a game-length label before a clock is no position": [
        ("Yankees 6, Orioles 2. Game time 2:41. Attendance 40,112.", []),
        ("Match time: 2:47, the longest of the tournament so far.", []),
        ("W: Ortiz (4-1). Game time – 3:15. The homer is at 1:05 of the MLB recap.", [(65.0, None)]),
    ],
    "a position told after the words stays one": [
        ("Game time: the walk-off is at 3:02 of the clip.", [(182.0, None)]),
        ("The bat flip is at 1:20 of the game recap.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_game_length_label(text, expected):
    assert found_spans(text) == expected
