"""A hedge said last, after a comma, closing the time's clause (blind round 107): "her scream is at the 9-minute
mark, about." The trailing "about" (or "around") hedges the time as "roughly" there already does; "about" opening
what follows ("at 3:40, about the time he falls") is no hedge of the time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "about or around closing the time's clause": [
        ("The goalie's blunder is at 12:20, about.", [(740.0, None, True)]),
        ("Grandma starts crying at the three-minute mark, around; then the whole room goes.", [(180.0, None, True)]),
        ("Watch from 1:05 to 1:40, about.", [(65.0, 100.0, True)]),
    ],
    "about opening what follows": [
        ("The lights fail at 3:40, about the time the band walks off.", [(220.0, None, False)]),
        ("He slips at 0:52, around the second bend.", [(52.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_trailing_about(text, expected):
    assert found_hedged(text) == expected
