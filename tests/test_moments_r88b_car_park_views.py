"""A car park seen in the footage (blind round 88): "The first 30 seconds are the approach over the car park." A car
park or a parking lot named as a place the footage shows is no tariff: the first N seconds stay a range from 0. A
car park's price for its first hour, or its first minutes free, stays a charge (no moment)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a car park seen is no tariff": [
        ("The first 15 seconds are the drone rising over the hospital car park.", [(0.0, 15.0)]),
        ("The first 45 seconds show the convoy crossing the supermarket parking lot.", [(0.0, 45.0)]),
    ],
    "a car park's charge stays a tariff": [
        ("The first hour at the Quay Street car park now costs £2.10.", []),
        ("Shoppers get the first 30 minutes free in the multi-storey.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_car_park_views(text, expected):
    assert found_spans(text) == expected
