"""A quarter as an amount is no game period (blind round 84): "maybe a quarter teaspoon (at about 17:40)" in a
recipe video's notes is a position; only a match's quarter ("left in the third quarter", "late in the quarter")
makes the time after it a game clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quarter measured out keeps the position after it": [
        ("Stir in a quarter cup of stock (at 6:20) and keep stirring.", [(380.0, None)]),
        ("Give the valve a quarter turn, at 2:05 in the video, then close it.", [(125.0, None)]),
        ("3. Salt: one quarter teaspoon (around 11:40).", [(700.0, None)]),
    ],
    "a match's quarter still makes a game clock": [
        ("With 3:12 left in the third quarter, Okafor hit the three.", []),
        ("Late in the quarter, at 4:31, Reyes fouled out.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_amount_quarter(text, expected):
    assert found_spans(text) == expected
