"""A first or last unit with a share of one more (blind round 99): "In the last minute and a quarter of the clip" of a
clip of "6 minutes 15 seconds" is 300-375. "The last minute and a half" was read; "and a quarter" and "and three
quarters" are the same form, a unit and its share, not "the last minute" alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a last or first unit and a quarter counts the share too": [
        ("The bodycam file runs 9 minutes. In the final minute and a quarter of the file, the officer sits down.",
         [(465.0, 540.0)]),
        ("The stream is 3 hours long. The last hour and three quarters of the stream is mostly silence.",
         [(4500.0, 10800.0)]),
        ("The vlog runs 12 minutes. Over the first minute and a quarter, she unpacks the kit.", [(0.0, 75.0)]),
    ],
    "a unit and a half and a bare unit stay as they were": [
        ("The clip runs 5 minutes. In the last minute and a half of the clip the dog returns.", [(210.0, 300.0)]),
        ("The clip runs 5 minutes. In the last minute of the clip the dog returns.", [(240.0, 300.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_unit_and_quarter(text, expected):
    assert found_spans(text) == expected
