"""A vehicle's run named by its clock (blind round 86): "left on the 6:40 train the night before" is a train's
time of day, whatever words follow the noun (a train, bus, ferry, tram or coach is no verb there). A clock before a
verb with its object ("at 0:12:30 show the crowd") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a vehicle's clock, followed by more words": [
        ("In the novel's last chapter she boards the 7:15 bus the morning after the funeral.", []),
        ("He took the 22:05 ferry that night and never came back.", []),
        ("They missed the 6:10 tram the day of the strike.", []),
    ],
    "a clock before a verb with its object stays": [
        ("At 0:12:30 show the crowd in slow motion.", [(750.0, None)]),
        ("The 6:40 train the night before is in the film at 1:02:10.", [(3730.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_vehicle_runs(text, expected):
    assert found_spans(text) == expected
