"""A transport service noted with where it goes and its clock, no verb (blind round 110): "Gates open 11:00. ... Last
bus to town 23:40." The family: a note's "Last bus to town 23:40", "ferry back to the mainland 17:10", "first train
from Galway 06:50" is the service's time of the day. A service seen in a video at a position ("the bus to town
passes at 1:40" in the drone video) stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a service's note-form clock is a time of day": [
        ("Parking is free after six. Last tram into the city 00:15.", []),
        ("Day 2: ferry back to the mainland 17:10, then dinner.", []),
        ("Getting there: first train from Galway 06:50, change at Athlone.", []),
    ],
    "a service passing in footage stays a position": [
        ("In the drone video the bus to town passes at 1:40.", [(100.0, None)]),
        ("Watch the video: the bus to town 12:40 in.", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_service_note(text, expected):
    assert found_spans(text) == expected
