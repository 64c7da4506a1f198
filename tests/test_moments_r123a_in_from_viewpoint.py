"""An offset "in", then where the footage was filmed from (blind round 123): "a second uploader's clip (58 s, posted
19:52 IST) shows the kink 31 seconds in from a viewpoint 12 km south". "N seconds in from a viewpoint (an angle, a
vantage)" is a position in that clip, the place telling the camera's, not what the offset counts from. "Two minutes
in from the left", someone coming in, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset in, then the camera's vantage": [
        ("The third angle catches the spark 14 seconds in from a vantage point on the bridge.", [(14.0, None)]),
        ("A bystander's video shows the collapse about a minute in from another angle.", [(60.0, None)]),
    ],
    "coming in from a side stays nothing": [
        ("The substitute came on two minutes in from the bench.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_in_from_viewpoint(text, expected):
    assert found_spans(text) == expected
