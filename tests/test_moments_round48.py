"""Families of misses that blind round 48 (`tests/data/moments_genres_round48.jsonl`, whole pasted pages)
exposed, each with sentences written for the family (not the round's own) and near-misses that must stay as they
are (the round itself is held at a floor in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    # a start plus a length, the length hedged as chat hedges it ("for like 10 min", "for maybe 30 seconds"): one
    # approximate range, not a bare point at the start
    "a length hedged informally": [
        ("The feed froze for maybe 30 seconds starting at 12:40, then came back.", [(760.0, 790.0, True)]),
        ("- Stream went silent for like 10 min starting at 2:05:00", [(7500.0, 8100.0, True)]),
        ("In the VOD the map glitches for like 2 minutes, starting at 41:10.", [(2470.0, 2590.0, True)]),
        ("Lag spike in the replay beginning at 3:15 and lasting like 20 seconds.", [(195.0, 215.0, True)]),
        # near-misses: a plain length stays exact; a hedge that is no length leaves the point
        ("The feed froze for 30 seconds starting at 12:40.", [(760.0, 790.0, False)]),
        ("I'd say it's like 12:40 in the VOD, the freeze.", [(760.0, None, True)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_eight_families(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
