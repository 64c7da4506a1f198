"""A seconds unit clipped as speech drops its last letter, an apostrophe written for it (blind round 202: Crucian "Ten
secon' after dat", San Andrés Creole "Fifteen secon' later"): the apostrophe belongs to the unit, so the relative
after it still counts from the moment before. A "secon'" quoting nothing and counting nothing stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a relative with a clipped seconds unit": [
        ("Check 0:22, de big fish jump by de fenders. Ten secon' after dat, de boy fall in.",
         [(22.0, None, False), (32.0, None, False)]),
        ("Look pan 0:27, di iguana run tru di picnic. Fifteen secon' later it climb pan di lady hat.",
         [(27.0, None, False), (42.0, None, False)]),
        ("Watch at 1:10 when de goat butt him. Twenty secon’ later he still running.",
         [(70.0, None, False), (90.0, None, False)]),
        ("At 0:40 de boat turn. 'Bout five secon' after dat de wave hit.",
         [(40.0, None, False), (45.0, None, True)]),
    ],
    "left alone": [
        ("Mi wait ten secon' for de bus an' it never come.", []),
        ("De video only forty secon' long, mi watch it twice.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clipped_unit(text, expected):
    assert found_hedged(text) == expected
