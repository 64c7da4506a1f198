"""A participle after a contracted present "be" (blind round 76): "If you're stuck on relic 4, the jump itself is at
9:36". "You're stuck", "I'm lost", "we're told" are states now, not a past report of the world, so the clock after
them is not set aside as a time of day, as after "you are stuck". The same participle after "were" or a past verb
of one's own day keeps its clock the world's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a contracted present state, then a position": [
        ("If you're lost at the second checkpoint, the shortcut is at 6:20 in the run.", [(380.0, None)]),
        ("If you're stuck on the boss, the dodge window is at 14:05.", [(845.0, None)]),
        ("I'm convinced the goal at 3:15 was offside.", [(195.0, None)]),
    ],
    "look-alikes: the past of the world": [
        ("They were stuck at 10:45 on the bridge.", []),
        ("We left the stadium at 22:15.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_contracted_present_state(text, expected):
    assert found_spans(text) == expected
