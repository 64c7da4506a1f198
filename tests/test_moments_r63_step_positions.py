"""Round 63: a list whose heading says its bracketed times are where each item starts in the video ("times in
brackets are where each step starts") gives positions, whatever an item's words; a heading saying they are run
times keeps them lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "bracketed times said to be where each item starts": [
        ("Focaccia, start to finish (times in brackets are where each step begins in the video)\n"
         "• Mix 400 g flour, 320 g water (0:30)\n• Rest 1 hr\n• Fold, 10 g salt (2:15)",
         [(30.0, None, False), (135.0, None, False)]),
        ("Bike service walkthrough (times in parentheses are when each job starts)\n"
         "- Clean chain, 5 min (1:10)\n- Brake pads, 2 pairs (4:40)",
         [(70.0, None, False), (280.0, None, False)]),
        # near-miss: a heading that says they are run times
        ("Short films tonight (run times in brackets are where they stop)\n- Hay Bales, 2019 (6:10)\n"
         "- Salt Road, 2021 (9:45)", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_three_step_position_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
