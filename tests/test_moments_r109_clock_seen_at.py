"""A clock in the picture placed where the footage shows it, then its reading (blind round 109): a wiki article's
"a wall clock visible at 22:40 in the episode that reads 3:15". The time said "in the episode" after "visible at" is
a position (the clock is what is seen there, not what is read); the time after "reads" is the clock's, nothing. The
clock's reading alone, and a clock seen at a time of night with no footage named, stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock seen at a time in the footage: the time is a position, its reading nothing": [
        ("Viewers pointed to a kitchen clock visible at 12:05 in the episode that reads 9:50.", [(725.0, None)]),
        ("A station clock seen at 3:41 in the footage shows 11:20.", [(221.0, None)]),
        ("The clock on screen at 1:02:10 in the broadcast reads 21:14.", [(3730.0, None)]),
    ],
    "a clock's reading alone, or a clock seen in the world, stays nothing": [
        ("The wall clock visible behind her reads 9:15.", []),
        ("The clock was visible at 22:40 that night.", []),
        ("A wall clock reads 3:15 throughout.", []),
    ],
    "a reading placed after it stays as it was": [
        ("The wall clock reads 3:05 at 14:10 in the film.", [(850.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_seen_at(text, expected):
    assert found_spans(text) == expected
