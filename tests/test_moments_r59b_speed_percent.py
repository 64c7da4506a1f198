"""A percentage a playback speed changes by is no speedrun category (round 59's forum-08): after "The PAL disc runs 4%
fast:" the times converted between copies are positions. A run's category ("100% – 2:13:55", "any% today was
41:07.3") keeps its times race times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a speed's percentage": [
        ("The PAL disc runs 4% fast: 0:52:10 on the film print lands at roughly 0:50:05 on the DVD.",
         [(3130.0, None), (3005.0, None)]),
        ("The 25 fps copy plays 4% faster: 1:00:00 in the cinema cut comes at 57:36 on the disc.",
         [(3600.0, None), (3456.0, None)]),
    ],
    "near-misses": [
        ("Moth Valley 100% – 2:13:55", []),
        ("fastest any% today was 41:07.3", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_speed_s_percentage_is_no_run_category(text, expected):
    assert found_spans(text) == expected
