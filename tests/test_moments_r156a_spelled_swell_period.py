"""A wave height spelled in words, then "at N seconds", is the swell's period, no position (blind round 156): a surf
podcast's "[00:00:04] THANDI: Welcome back. Forecast's six foot at 14 seconds, which is silly for Muizenberg." Round
94's rule read the period after a height in digits ("12 feet at 16 seconds"); surfers say the height in words as
often. Seconds after a spelled height stay nothing; "at 14 seconds" in the footage, no height before, stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a spelled height at N seconds is a swell period": [
        ("[00:00:06] LERATO: Morning all.\n[00:01:10] SIPHO: Sunday looks like eight foot at 16 seconds at "
         "Jeffreys Bay.\n[00:02:02] LERATO: Bring the big board.", [(6.0, None), (70.0, None), (122.0, None)]),
        ("In the video at 0:12 the set arrives. The forecast was five and a half foot at 13 seconds, and the "
         "paddle-out starts at 0:40.", [(12.0, None), (40.0, None)]),
        ("[00:00:06] LERATO: Morning all.\n[00:01:10] SIPHO: It's two-foot at 9 seconds, flat really.",
         [(6.0, None), (70.0, None)]),
    ],
    "seconds in the footage with no height before stay a position": [
        ("In the video at 0:12 the set arrives. At 14 seconds he stands up.", [(12.0, None), (14.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_spelled_swell_period(text, expected):
    assert found_spans(text) == expected
