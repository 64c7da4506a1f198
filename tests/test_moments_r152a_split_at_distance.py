"""A race split told with the point of the course it was taken at (blind round 152, a marathon report: "went through
halfway in 63:02 and was at 1:29:50 at 30 km"). A time followed by "at" and a distance or halfway is a runner's split,
a race time, no position; the shape "h:mm:ss" alone does not make it one. A speed after the time ("at 30 km/h"), or a
footage word placing the time, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a split told at a point of the course is a race time": [
        ("Chebet won the Kisumu half. She was at 48:10 at 15 km and kicked clear after that.", []),
        ("Mwangi sat at 1:41:30 at 35km, eight seconds up on the chasers.", []),
        ("The leaders were at 1:04:12 at halfway, then the pace fell apart.", []),
        ("Our man was at 2:10:40 at the 40 km mark and still smiling.", []),
        ("He was at 1:22:05 at 18 miles, on course for a personal best.", []),
    ],
    "a time in footage, or with a speed after it, stays a position": [
        ("The helmet cam has him at 1:29:50 at 30 km/h down the descent.", [(5390.0, None)]),
        ("At 1:12:40 in the stream, the pack splits at 30 km.", [(4360.0, None)]),
        ("The broadcast shows the break at 1:29:50, with 30 km to go.", [(5390.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_split_at_distance(text, expected):
    assert found_spans(text) == expected
