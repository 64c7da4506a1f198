"""A broadcast "hour" told by its minutes (blind round 89): "the final five minutes of the 52-minute hour" is the
tail of that episode, its stated length the one the end form counts from ("the last 90 seconds of the 58-minute
hour", "this 47-minute hour of television"). An hour with no minutes told, or one not of a broadcast ("a 60-minute
hour at the plant"), gives no length, and the hour alone is no footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the tail of a broadcast hour told by its minutes": [
        ("Episode 3 wastes time, then rushes everything into the last four minutes of the 50-minute hour.",
         [(2760.0, 3000.0)]),
        ("The 44-minute hour flies by, and the final 90 seconds are a gut punch.", [(2550.0, 2640.0)]),
        ("It is a tidy 48-min hour; the closing two minutes of the 48-min hour set up next week.",
         [(2760.0, 2880.0)]),
    ],
    "an hour with no minutes, or no broadcast's, is no footage": [
        ("In the final ten minutes of the hour the panel argues about rates.", []),
        ("She billed a 60-minute hour for the visit.", []),
        ("He waits out the last five minutes of the hour before the shift ends.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_broadcast_hours(text, expected):
    assert found_spans(text) == expected
