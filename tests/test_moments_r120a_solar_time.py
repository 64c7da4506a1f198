"""A clock told as the sun's time, the chronolocation a shadow gives (blind round 120): 'From shadows on the deck at
1:41 of the PCG video ... we estimate local solar time between 11:00 and 12:30.' "Local solar time" (or "solar
time" alone) names the time of day where the footage was shot, as "local time" before a clock already does; the
footage position that the shadow was measured at stays one, and so does a clock near "solar" that names no time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock or range told as local solar time is the day's": [
        ("The shadow lengths at 0:47 give a local solar time between 15:10 and 15:40.", [(47.0, None)]),
        ("Measured off the mast's shadow, local solar time is roughly 09:50.", []),
        ("From the sun's azimuth we make the true solar time 16:30, give or take twenty minutes.", []),
    ],
    "solar time with no 'local' is the day's too": [
        ("Sun azimuth suggests a solar time around 08:20.", []),
        ("Apparent solar time of about 13:05, by our estimate.", []),
    ],
    "a position near the sun or near 'solar' stays a position": [
        ("At 2:05 in the timelapse the sun is highest.", [(125.0, None)]),
        ("The solar panels come into view at 1:12.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_solar_time(text, expected):
    assert found_spans(text) == expected
