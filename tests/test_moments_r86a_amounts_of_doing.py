"""A clock told as an amount of something going on (blind round 86): "enrages after 4:00 of combat", "3:12 of pure
chaos" measure how long a thing goes on, not a place in the footage. A clock "of" a work, a part of it or a
numbered thing ("at 2:27 of the video", "1:05 of clip 3", "at 0:40 of track two") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock of a bare noun is an amount": [
        ("The golem only starts its second phase after 2:30 of fighting.", []),
        ("Then the roof leaks: 1:45 of sheer panic, mops everywhere.", []),
        ("The encore was 6:00 of feedback and nothing else.", []),
    ],
    "a clock of a work or a part stays a position": [
        ("The crash comes at 2:27 of the video.", [(147.0, None)]),
        ("Watch from 0:40 of track two onwards.", [(40.0, None)]),
        ("The hook lands at 1:05 of clip 3, right before the drop.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_amounts_of_doing(text, expected):
    assert found_spans(text) == expected
