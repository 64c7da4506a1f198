"""A list item naming an event with a length-like noun, then a range of the footage (blind round 73, lists): "4.
90-second power cut, 2:10:05–2:11:35". The comma before the time reads like a title line's running time ("short film,
9:45"), but a range is two times, a stretch, never a work's length. A single time after a work's name stays its
length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range after a comma is a stretch": [
        ("3. Two-minute power cut, 1:14:05–1:16:02", [(4445.0, 4562.0)]),
        ("- Director's cut, 0:41-0:55", [(41.0, 55.0)]),
        ("Sound cut: 12:10 to 12:40", [(730.0, 760.0)]),
    ],
    "a work's name and a single time stay a length": [
        ("STILL WATERS (2025) — short film, 9:45", []),
        ("— Official trailer, 2:31", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_titled_range(text, expected):
    assert found_spans(text) == expected
