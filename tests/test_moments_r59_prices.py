"""Round 59, a price before decimal money: "tickets at 1s 6d" is shillings and pence, not a position of one second.
Near-misses: seconds said as "1s" and "6s" in the footage, and a seconds count with no pence after it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "shillings and pence": [
        ("The film was shown at the Regal for three weeks, with tickets at 1s 6d.", []),
        ("Programmes were sold at 6d and seats at 2s 6d.", []),
        ("Admission at the door was 3s 6d, or 2s 6d for members.", []),
        # near-misses: seconds in the footage
        ("The flash comes at 1s, then a second one at 6s.", [(1.0, None), (6.0, None)]),
        ("The clip is 12s long and the crash is at 7s.", [(7.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_nine_price_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
