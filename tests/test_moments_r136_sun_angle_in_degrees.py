"""A filming time worked out from the sun, its angle told in degrees between the sun and the verb (blind round 136):
"... which with a sun azimuth of about 262° puts filming near 17:40" is when the scene was filmed, a time of day,
as "the shadow puts it at 17:45" already was (round 127); the degrees in between hid the verb from that rule. The
position said in the same sentence stays; a time said into the footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sun angle in degrees, then the time it gives": [
        ("The pole's shadow at 0:09 points north-west; a solar azimuth of 118° puts the filming around 08:50.",
         [(9.0, None)]),
        ("At 0:31 the shadows are short: sun elevation of roughly 61.5° suggests about 12:40 local.",
         [(31.0, None)]),
        ("With the sun at an azimuth of 245° the shadow length gives 16:05 or so.", []),
    ],
    "look-alikes: a time said into the footage stays a position": [
        ("A solar azimuth of 118° puts the key frame at 0:41 into the clip.", [(41.0, None)]),
        ("The shadow of the mast at 0:22 swings left; at 0:48 it is gone.", [(22.0, None), (48.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sun_angle_in_degrees(text, expected):
    assert found_spans(text) == expected
