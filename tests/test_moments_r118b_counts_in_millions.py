"""A count in millions or thousands, its letter right on the number, then what is counted (blind round 118: 'still
climbing at roughly 2M views a week'): views, plays, streams, followers, not minutes, though "2m" is minutes in
"2m27s" or "roughly 2m in". The counted noun after the number decides; a compact time placed in the footage stays
one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a count's letter before a counted noun is no minute": [
        ("The lyric video is sitting at 5M views after a week.", []),
        ("Her cover keeps pulling in about 3m streams a month, and the remix is near 1.5M plays.", []),
        ("The channel passed 2M subscribers at around 4M views on the trailer alone.", []),
    ],
    "a compact time in the footage stays a position": [
        ("roughly 2m in, the drop hits and the crowd goes up", [(120.0, None)]),
        ("At 3m 10s the lights go out, the clip has 2M views.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_counts_in_millions(text, expected):
    assert found_spans(text) == expected
