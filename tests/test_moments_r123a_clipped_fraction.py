"""A fraction with its article dropped, as notes clip it (blind round 123): "Quarter of the way into the two-minute
video the trail kinks". A capitalised "Quarter" or "Third of the way into/through" a work of stated length opens a
sentence the same way "A quarter of the way" does: a fraction, approximate. A fraction of a walk, with no footage
stated, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clipped fraction is still a fraction": [
        ("Quarter of the way through the four-minute clip, the roof gives way.", [(60.0, None)]),
        ("- Third of the way into the 6-minute video: the lorry reverses", [(120.0, None)]),
    ],
    "the full form and a fraction of a walk keep their readings": [
        ("A quarter of the way into the eight-minute video the lights fail.", [(120.0, None)]),
        ("They walked a quarter of the way to the pier before turning back.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clipped_fraction(text, expected):
    assert found_spans(text) == expected
