"""A play of the game at a time, after the game's clock was read in the same sentence (blind round 94, forum): "the
Situation Room had it at 14:42 of the second, 5-on-5, with 5:18 to play, and Toronto didn't challenge the earlier
offside at 15:07". Once a sentence reads the game's clock, a later offside, goal, penalty or icing "at" a time, with
no footage named between, is read on that clock too. The same play placed in the footage, or with no game clock
before it, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a play at a time after a game clock in its sentence is the game's clock": [
        ("Refs waved it off at 8:10 of the third with 11:50 left, and nobody saw the trip at 6:02.", []),
        ("It came at 12:31 of the first half, with 7:29 to play, right after the penalty at 11:58.", []),
    ],
    "the play placed in the footage, or with no game clock before, stays a position": [
        ("Refs waved it off at 8:10 of the third, but the highlights show the trip at 6:02 in the video.",
         [(362.0, None)]),
        ("In the recap you can see the trip at 6:02, plain as day.", [(362.0, None)]),
        ("Watch from 1:15 in the highlights, with 0:38 left on the clock; the winner is at 1:52.",
         [(75.0, None), (112.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_game_event_after_game_clock(text, expected):
    assert found_spans(text) == expected
