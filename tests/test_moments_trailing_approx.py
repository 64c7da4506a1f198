"""A time or a range hedged by "approx." after it ("I show it from 21:10 until 22:00 approx.", unfitted round 30's
review, fitted from the sixteenth session): approximate, as "roughly" or "approximately" there already were; the
short form before another number hedges nothing of the time before it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "approx. closes the clause": [
        ("Also the menu is slow, I show it from 21:10 until 22:00 approx.", [(1270.0, 1320.0, True)]),
        ("The horn sounds at 4:05 approx. Then the ferry turns.", [(245.0, None, True)]),
        ("The crowd breaks through at 12:40 approx, just before the lights fail.", [(760.0, None, True)]),
        ("Watch from 3:10 to 3:40 (approx.) for the handover.", [(190.0, 220.0, True)]),
    ],
    "look-alikes stay exact": [
        ("The horn sounds at 4:05. Approximately 200 people were aboard.", [(245.0, None, False)]),
        ("At 2:15 the ferry turns, approx 5 minutes before docking.", [(135.0, None, False)]),
        ("The horn sounds at 4:05 in the video.", [(245.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_trailing_approx(text: str, expected: list[tuple[float, float | None, bool]]) -> None:
    assert found_hedged(text) == expected
