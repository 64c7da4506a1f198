"""A device clock's reading to the second, then "at" a minutes-and-seconds time (blind round 93): 'The camera's clock
reads 11:22:05 at 1:47, but the police statement said 13:40.' The reading is the clock in the picture, no position;
the "at" time after it is where the footage shows that reading, a position, as "reads 3:05 at 14:10 in the film"
already is. A time after "at" that is itself a clock of the day stays out."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock's reading placed at a footage time: the time is a position": [
        ("The dashcam's clock shows 06:58:40 at 0:32, which puts the crash before sunrise.", [(32.0, None)]),
        ("Its timestamp reads 21:14:09 at 3:05; the police log says 21:20.", [(185.0, None)]),
        ("The wall clock in the lobby reads 10:02:17 at 12:40 and the guard walks in.", [(760.0, None)]),
    ],
    "the reading alone, or a reading at a time of day, is no position": [
        ("The dashcam's clock shows 06:58:40 when the lorry brakes.", []),
        ("The camera clock read 11:22:05 at 11:30 a.m. when the officer checked it.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_reading_placed_at(text, expected):
    assert found_spans(text) == expected
