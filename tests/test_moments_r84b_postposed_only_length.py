"""A length with "only" after it (blind round 84): Singaporean and Indian English put "only" after an amount ("took
video inside the train, 2 min 10 sec only", "the clip is 1:40 only"): the footage's length, no position, and the
length "last 15 sec" counts back from. A position with "only" later in its clause ("At 2 min 10 sec only the lights
go out") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length closed by only is no position, and the end forms count from it": [
        ("My cousin took video at the MRT, 1 min 40 sec only. At 0:20 the doors jam. Last 10 sec the staff come.",
         [(20.0, None), (90.0, 100.0)]),
        ("The clip is 1:40 only. At 1:05 the lights go out.", [(65.0, None)]),
        ("Aunty sent one video, 3 min only, the last 20 sec is the best.", [(160.0, 180.0)]),
    ],
    "a position that only follows stays": [
        ("At 2 min 10 sec only the lights go out.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_postposed_only_length(text, expected):
    assert found_spans(text) == expected
