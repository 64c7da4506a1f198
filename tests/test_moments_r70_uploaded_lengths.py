"""The length of a thing said to be uploaded, posted or shared is a recording's length, whatever its noun (blind
round 70): "a 6-minute 40-second drone flight uploaded to YouTube ... Halfway through the flight ... The final
minute shows". A fraction or an end form counts from it. A flight, a ride or a wait not put online is no footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length of a thing put online is the footage's": [
        ("We analysed a 5-minute 20-second drone flight uploaded to YouTube by a farmer. Halfway through the "
         "flight, a barn roof is missing.", [(160.0, None)]),
        ("A 2-minute tour of the flat posted on Instagram shows the damage. The final 20 seconds show the "
         "balcony.", [(100.0, 120.0)]),
        ("Residents shared a 4-minute 30-second boat ride, posted to Facebook that night. In the last minute the "
         "boat reaches the church.", [(210.0, 270.0)]),
    ],
    "a length of a thing not put online": [
        ("A 6-minute flight from the base takes the drone over the school. Halfway through the flight, it turns.",
         []),
        ("The 2-hour flight to Oslo was posted as delayed. Halfway through the flight, we hit turbulence.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_uploaded_lengths(text, expected):
    assert found_spans(text) == expected
