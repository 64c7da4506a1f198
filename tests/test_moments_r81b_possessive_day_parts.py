"""A part of the day as a possessive beside a position (blind round 80, longform): "at 1:48 a boy holds up a copy of
that morning's newspaper" -- "that morning's" says which newspaper, not when the clock stood at 1:48, so the stamp
stays a position. "at 10:45 that morning" and "at 7:15 that evening" still tell a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a possessive part of the day leaves the position": [
        ("At 2:05 in the film a girl waves that afternoon's programme at the camera.", [(125.0, None)]),
        ("In the clip, at 0:40 he reads the next day's headlines aloud.", [(40.0, None)]),
        ("In the reel, at 3:12 a man holds up that evening's edition of the paper.", [(192.0, None)]),
    ],
    "a part of the day said of the clock stays a time of day": [
        ("The march set off at 10:45 that morning.", []),
        ("She reads the paper at 0:31, and at 7:15 that evening she left.", [(31.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_possessive_day_parts(text, expected):
    assert found_spans(text) == expected
