"""A winner's time after the event won (blind round 81): "Thames Valley take the Grand in 5:41.20" (a headline's
plural "take"), "Adeyemi won the women's 800m final in 1:59.84". Told to the tenth or hundredth of a second after a
verb of winning and "in", it is a race time. A position "in" the footage with whole seconds stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a winner's time to the hundredth": [
        ("Cambridge win the Ladies' Plate in 6:02.4", []),
        ("Hammersmith take a first Henley title in 6:48.55", []),
        ("Adeyemi won the women's 800m final in 1:59.84 on Saturday.", []),
        ("Harrow claimed the under-16 relay title in 3:48.17, a meet record.", []),
        ("Defending champion Okoro retains the crown in 2:10.3", []),
    ],
    "a position in footage stays": [
        ("You can watch her take the lead in 1:05 of the race video.", [(65.0, None)]),
        ("The highlights show Kemp winning the sprint at 2:41.", [(161.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_won_in_times(text, expected):
    assert found_spans(text) == expected
