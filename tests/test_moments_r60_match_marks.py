"""Round 60: a mark of a period of play ("at the 27-minute mark of the last quarter", "the 10-minute mark of the
third term") is the match's clock, as "27 minutes into the last quarter" is; a mark of the footage stays a
position. And a dotted minute-second figure followed by ":1" is an aspect ratio ("shot in IMAX at 1.43:1")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a mark of a period of play": [
        ("Smith kicked the sealer at the 22-minute mark of the final quarter.", []),
        ("They led by 12 points at the 15-minute mark of the second term.", []),
        ("The equaliser came at the 30-minute mark of the second half.", []),
        ("Rain stopped play at the two-hour mark of the third set.", []),
        # near-misses: a mark of the footage, or a mark with no period after it
        ("The goal comes at the 12-minute mark of the highlights video.", [(720.0, None, False)]),
        ("The goal comes at the 12-minute mark.", [(720.0, None, False)]),
        ("Watch from the 4-minute mark of the full replay video.", [(240.0, None, False)]),
    ],
    "a dotted ratio": [
        ("Shot partly at 1.43:1, the trailer's best frame comes at 1.12 in the clip.", [(72.0, None, False)]),
        ("It switches to 1.90:1 at 0:40 in the video.", [(40.0, None, False)]),
        # near-miss: a dotted position said in the clip
        ("The worm rises at 1.35 in the clip.", [(95.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_match_mark_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
