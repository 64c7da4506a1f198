"""A part of the footage placed near a time with a hedge and no "at" or "in" (blind round 73): "Don't skip the bit
near 28 min where he cannot find parking", Pidgin "The part wey Kelechi take mic dey around 1hr 12mins", "the scene
where the roof goes comes around 14 minutes". The part's noun right before the hedged time, or a clause about the part
and a verb of being somewhere ("dey", "comes", "happens", "shows up"), make it a position, approximate. A part's
length ("the bit around 10 minutes long", "the scene where they argue is about four minutes"), a thing that took so
long ("The part took around 20 minutes to film") and a duration inside the part's clause ("the part where he waits
about 20 minutes") stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the part's noun right before the hedged time": [
        ("Must watch the bit near 14 min where the goat eats the map lol", [(840.0, None, True)]),
        ("That funny part around 3 mins, watch it with sound.", [(180.0, None, True)]),
        ("The drone section roughly 1 hr 5 min in is the best of the whole vlog.", [(3900.0, None, True)]),
    ],
    "a clause about the part and a verb of being there": [
        ("The part wey the pastor start to dance dey around 45 mins, abeg watch am.", [(2700.0, None, True)]),
        ("The scene where the roof goes comes around 14 minutes.", [(840.0, None, True)]),
        ("The best bit comes about 12 minutes, when the dog finally barks.", [(720.0, None, True)]),
        ("The moment she sees the whale happens near 9 mins.", [(540.0, None, True)]),
    ],
    "lengths and durations stay nothing": [
        ("The bit around 10 minutes long is dull.", []),
        ("The scene where they argue is about four minutes.", []),
        ("The part took around 20 minutes to film.", []),
        ("Skip the part where he waits about 20 minutes for a bus.", []),
        ("The best bit comes after about 12 minutes of waiting.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_placed_parts(text, expected):
    assert found_hedged(text) == expected
