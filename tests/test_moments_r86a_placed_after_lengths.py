"""A time placed by its verb right after a length (blind round 86): "The festival cut ran 1:47 and the scene came
around 41:30 there" tells the cut's length, then where a thing comes in it, a position; only a list of lengths with
its verb left out ("runs 4:33 and the closer 7:12") shares the first time's reading."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a thing placed after a length": [
        ("The director's cut ran 2:14 and the duel comes around 1:02:30 in it.", [(3750.0, None)]),
        ("The TV edit lasted 52:00 and the kiss happened 31:20 in.", [(1880.0, None)]),
        ("Her original upload ran 9:40 and the fall appears roughly 6:05 there.", [(365.0, None)]),
    ],
    "a list of lengths stays lengths": [
        ("The title track runs 4:33 and the closer 7:12.", []),
        ("The swim took 41:20 and the bike 2:31:05.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_placed_after_lengths(text, expected):
    assert found_spans(text) == expected
