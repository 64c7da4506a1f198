"""A cut's length said right after another cut of the same work, the two joined by "and" or "or" (blind round 128):
'Sunny Airways "Layover" (0:60 cut and 2:00 director's cut)'. Both are how long each cut runs, as "a 2:00 director's
cut" is; the second lost its determiner to the "and" and was read as a position. A time followed by "into" the work
stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a cut's length joined to another cut is no moment": [
        ('7. Tembo Cola "Heatwave" (30-second cut and 1:45 extended cut) - ran in June', []),
        ("The label sent the radio edit or 4:10 club version, and the drop lands at 2:05.", [(125.0, None)]),
        ("Both went out: the festival cut plus 12:40 broadcast version.", []),
    ],
    "counter-case: a time into the work after a cut named stays a position": [
        ("In the director's cut and 2:00 into the film, the cellist falls.", [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_joined_cut_lengths(text, expected):
    assert found_spans(text) == expected
