"""A length the work must not pass, said as what it should not do (blind round 86): "please don't let it creep past
3:15 again", "it mustn't run over 4:00", "never let the cut go beyond 2:30" bound the video's length, as "keep clips
under 4:00" does. Moving through the footage past a time ("don't skip past 3:15", "it goes past 1:10 in slow
motion") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bound the work must not pass": [
        ("Total runtime is 4:58, so please don't let it creep past 5:00 again.", []),
        ("The promo mustn't run over 0:30 or the network cuts it.", []),
        ("Never let the edit go beyond 2:30; the client was clear.", []),
    ],
    "moving past a place stays a position": [
        ("Don't skip past 3:15, that's where the trick is.", [(195.0, None)]),
        ("The ball goes past the keeper at 1:10 in slow motion.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bounds_not_passed(text, expected):
    assert found_spans(text) == expected
