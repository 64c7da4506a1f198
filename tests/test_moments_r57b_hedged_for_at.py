"""A hedged length then a bare "at" ("The sign flashes up for about 2 seconds at 3:12"), from blind round 58
(`tests/data/moments_genres_round58.jsonl`, lists): how long the moment at that time is seen, so the point at the
time, exact (round 45: "a pause of about two seconds at 0:34" leaves the time exact). An exact length ("paused for
10 seconds at 2:40", the older blind cases) and a start said with "starting at" stay start-plus-length ranges."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a hedged length before a bare at": [
        ("The logo flashes up for about 2 seconds at 3:12.", [(192.0, None, False)]),
        ("The screen goes black for roughly five seconds at 1:05.", [(65.0, None, False)]),
        ("Her name is on screen for around 3 seconds at 0:47, then gone.", [(47.0, None, False)]),
        ("The picture freezes for nearly a minute at 4:10.", [(250.0, None, False)]),
        ("The picture freezes for about a second at about 4:10.", [(250.0, None, True)]),
        # near-misses: an exact length, a start said with "starting", the time before its length
        ("The logo flashes up for 2 seconds at 3:12.", [(192.0, 194.0, False)]),
        ("He paused for 10 seconds at 2:40.", [(160.0, 170.0, False)]),
        ("The logo appears for about 3 seconds starting at 0:45.", [(45.0, 48.0, True)]),
        ("At 2:27 for about 20 seconds the crowd sings.", [(147.0, 167.0, True)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_hedged_length_before_a_bare_at_leaves_the_point(text, expected):
    assert found_hedged(text) == expected
