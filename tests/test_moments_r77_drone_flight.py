"""An offset into a drone's flight (blind round 77): "roughly six minutes into her flight", "four minutes into the
second survey flight", where the text has named a drone, is a position in that flight's recording. A flight no
drone was named for ("twenty minutes into the flight, the engine failed") or one to a place stays the world's
span."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset into a drone's flight": [
        ("The contractor's drone filmed the cliff. A slab drops roughly four minutes into her flight.",
         [(240.0, None)]),
        ("We reviewed the UAV footage of both passes. The breach opens 90 seconds into the second survey flight.",
         [(90.0, None)]),
    ],
    "a flight with no drone, or to a place, stays the world's": [
        ("Twenty minutes into the flight, the engine failed.", []),
        ("The drone stayed home. Ten minutes into the flight to Abuja the cabin lost pressure.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_drone_flight(text, expected):
    assert found_spans(text) == expected
