"""A train's dining car or a ship's buffet told with its hours (blind round 30): a sleeper-train travel piece's "The
dining car, such as it is, closes at 23:00 and reopens at 6:30" gave positions at 23:00 and 6:30. "The corner bakery
opens at 6:45" was a place's hours already; the places that serve on a train or a ship (dining, buffet, bar or
restaurant car, a buffet, a lounge) are businesses too. A door of the car opening, or a scene, in footage stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a train's or a ship's dining place's hours are the day's": [
        ("The dining car, such as it is, closes at 23:00 and reopens at 6:30. Matej recommends the goulash.", []),
        ("The buffet car, as always, closes at 22:15 and reopens at 7:00.", []),
        ("On the Caledonian Sleeper the lounge car closes at 23:30; breakfast is brought to the berth.", []),
        ("The restaurant carriage, two along from ours, opens at 6:45 for breakfast.", []),
    ],
    "a door or a scene opening in footage stays a position": [
        ("In the video the dining car door opens at 1:12 and a waiter walks in.", [(72.0, None)]),
        ("The lounge scene opens at 2:10 in the film.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_train_dining_hours(text, expected):
    assert found_spans(text) == expected
