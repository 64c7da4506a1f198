"""Lengths told in two more ways (blind round 86): a workout title's "20-min no-equipment HIIT" (the video's length,
as "20-minute workout" was) and the Australian "the stream went for 6h 41m" ("went on for" too). End forms count
from them; the length itself is no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a HIIT or tabata title's length": [
        ("15-min low-impact HIIT for beginners\n\nThe stretch runs from 12:00 to the end.", [(720.0, 900.0)]),
        ("A 12-minute tabata, follow along. The last two minutes are a plank.", [(600.0, 720.0)]),
        ("25 min HIIT (no jumping)\n\n- 0:00–3:00 Warm-up\n- 3:00–6:00 Squats", [(0.0, 180.0), (180.0, 360.0)]),
    ],
    "a stream that 'went for' its length": [
        ("VOD recap (stream went for 5h 12m, cheers all)\n\nThe last half hour is just chat.",
         [(16920.0, 18720.0)]),
        ("The broadcast went on for 3 hours. The final ten minutes are the anthem.", [(10200.0, 10800.0)]),
        ("The stream went for 2h 05m and I stayed for all of it.", []),
    ],
    "look-alikes stay as they are": [
        ("The crew went for lunch; at 8:40 in the video the van leaves.", [(520.0, None)]),
        ("I did a 20-minute HIIT this morning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_told_lengths(text, expected):
    assert found_spans(text) == expected
