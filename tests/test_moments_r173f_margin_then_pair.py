"""A margin in seconds, then the two times it separates (blind round 173, Oregon track results): "The boys' 4x400
final was decided by 0.04 seconds, 3:19.22 to 3:19.26" was read as a stretch of footage from 199.22 to 199.26. Two
times told right after the margin that is exactly their difference are a race's first two, no range; a stretch whose
ends differ by something else, or with no margin before it, stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a margin, then the pair it separates": [
        ("The boys' 4x400 final was decided by 0.04 seconds, 3:19.22 to 3:19.26.", []),
        ("The women's 800 came down to the line, won by 0.3 seconds: 2:04.1 to 2:04.4.", []),
        ("In the K1 sprint the Kenyan pair edged it by just 1.25 s, 1:38.40–1:39.65, after a photo finish.", []),
        ("The relay was settled by only 0.11 secs, 41:02.37 to 41:02.48 on the clock.", []),
    ],
    "no margin, or a different gap: a stretch of footage": [
        ("The crash replay runs 3:19.2 to 3:24.6 in the broadcast.", [(199.2, 204.6)]),
        ("She led by 2 seconds, and the broadcast shows the pass from 1:10.5 to 1:14.0.", [(70.5, 74.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_margin_then_pair(text, expected):
    assert found_spans(text) == expected
