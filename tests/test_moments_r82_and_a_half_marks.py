"""A mark of one and a half units (blind round 80): a livestream's "around the hour-and-a-half mark" is 5400,
hedged. "the hour and a half mark", "the minute-and-a-half mark" are the unit mark times one and a half, as "the hour
mark" is the unit; a length of an hour and a half is no mark."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the hour-and-a-half and minute-and-a-half marks": [
        ("The raid landed right around the hour-and-a-half mark.", [(5400.0, None)]),
        ("At the minute and a half mark the drone tilts down.", [(90.0, None)]),
        ("Just past the hour and a half mark, the band walks off.", [(5400.0, None)]),
    ],
    "look-alikes: a unit mark, or a length of one and a half": [
        ("At the hour mark the host takes questions.", [(3600.0, None)]),
        ("The stream ran an hour and a half.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_and_a_half_marks(text, expected):
    assert found_spans(text) == expected
