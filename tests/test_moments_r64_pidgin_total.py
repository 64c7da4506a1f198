"""A length told in Nigerian Pidgin with "e" for "it's" (blind round 64): "E just 2:30 total." is the clip's length, as
"Na 2:15 total" already was, so "the last 10 seconds" count from it; a time after "e" that is not said to be the
total stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "e ... total is the length": [
        ("Dis clip short well well, e just 1:45 total. For the last 15 seconds the driver run comot.",
         [(90.0, 105.0, False)]),
        ("Una watch the video? E only 3:10 total. The first 20 seconds na just noise, then for 0:40 the fight start.",
         [(0.0, 20.0, False), (40.0, None, False)]),
        ("E 4:00 total. Check the last 30 seconds, na there the bus commot.", [(210.0, 240.0, False)]),
    ],
    "e before a time that is no total": [
        ("For 1:10 e don enter the gate, then for 2:30 e come back with police.",
         [(70.0, None, False), (150.0, None, False)]),
        ("Watch am well, e reach 2:30 before the man fall.", [(150.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_pidgin_total(text, expected):
    assert found_hedged(text) == expected
