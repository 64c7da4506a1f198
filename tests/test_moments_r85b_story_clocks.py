"""Clocks in a film's story and the services they name (blind round 85, a film question): a scheduled thing named by
its clock keeps being one past a relative clause ("the real 4:10 train that was cancelled", "the 7:15 bus that
leaves from the square"), and a clock in the picture that moves on to another reading ("the clock in the final scene
does move, to 4:11", "ticks over to 3:16") reads that time, not a position. A clock named after a position, and a
verb with its object after a time ("1:12 show that"), are left alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a service named by its clock, then a relative clause": [
        ("We all remember the 6:40 train that never came.", []),
        ("Take the 7:15 bus that leaves from the square.", []),
        ("It is named for the 11:20 ferry which sank in 1953.", []),
    ],
    "a clock in the picture moving on to a reading": [
        ("In the final scene the kitchen clock finally moves, to 6:01.", []),
        ("The clock on the mantel ticks over to 3:16 as she leaves.", []),
        ("Near the end the clock jumps to 11:58.", []),
    ],
    "look-alikes: a position before the clock is named": [
        ("At 1:12 the clock starts to move.", [(72.0, None)]),
        ("Skip to 2:05, where the train pulls in.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_story_clocks(text, expected):
    assert found_spans(text) == expected
