"""A game clock told of the moment its sentence just placed in the footage (blind round 190): "Go to the 1:47:20 mark
on the replay: the Power defender clearly holds the ball with 4:10 left in the third quarter. Eight seconds later the
umpire pays a free" -- the game clock says when in the game the shown moment is, as a clock read at a position does,
so "Eight seconds later" still counts from 1:47:20. A game clock with no position placed in its sentence still stops
the count."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's post": [
        ("Go to the 1:47:20 mark on the replay: the Power defender clearly holds the ball with 4:10 left in the third "
         "quarter. Eight seconds later the umpire pays a free at the other end instead.",
         [(6440.0, None, False), (6448.0, None, False)]),
    ],
    "fresh game clocks at a position": [
        ("Skip to 52:10 of the stream, where the Bulls foul with 2:03 to play in the fourth. Five seconds later the "
         "bench is given a technical.", [(3130.0, None, False), (3135.0, None, False)]),
        ("At 1:12:40 in the replay the winger is tackled high with 6:30 left in the half. About ten seconds later the "
         "referee waves play on.", [(4360.0, None, False), (4370.0, None, True)]),
        ("Watch 38:05 on the YouTube upload: the keeper handles outside the box with 12:00 left on the clock. Three "
         "seconds later he gets the ball back.", [(2285.0, None, False), (2288.0, None, False)]),
    ],
    "a game clock of its own sentence stops the count": [
        ("The try came with 4:10 left in the third quarter. Eight seconds later the umpire pays a free.", []),
        ("At 1:47:20 of the replay the ball goes out. The try came with 4:10 left in the quarter. Eight seconds later "
         "the ref whistles.", [(6440.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_game_clock_of_position(text, expected):
    assert found_hedged(text) == expected
