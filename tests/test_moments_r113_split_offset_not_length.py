"""A work's noun, "is", then an offset in minutes and seconds "into" it (blind round 113): "In the 9-minute highlights
it is 4 min 10 s into the highlights, and the winning six is in the final 20 seconds of the package." The offset is a
position; its first half ("4 min") is no length of the work for the end form to count from, which counts from the
stated 9 minutes. A work's length said the same way with no "into" ("the package is 7 min 45 s long") stays a
length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "minutes and seconds into the work are no length of it": [
        ("In the 12-minute highlights the try is 6 min 20 s into the highlights, and the hooter is in the last 30 "
         "seconds of the highlights.", [(380.0, None), (690.0, 720.0)]),
        ("In the 15-minute package it is 7 mins 40 secs into the package, and the final whistle is in the final 10 "
         "seconds of the package.", [(460.0, None), (890.0, 900.0)]),
    ],
    "a length told in minutes and seconds stays one": [
        ("The highlights package is 7 min 45 s long, and the winner is in the final 20 seconds.", [(445.0, 465.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_split_offset_not_length(text, expected):
    assert found_spans(text) == expected
