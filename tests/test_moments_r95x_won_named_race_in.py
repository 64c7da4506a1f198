"""A race won in a time, the race named between (round 95): "Kiprono wins Kisumu Half in 59:48" is the winning
time, as "Kiprono wins in 1:01:47" already was; a position in the highlights of the same race stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a named race won in a time": [
        ("Kiprono wins Kisumu Half in 59:48", []),
        ("Hassan wins Great North in 1:06:45.", []),
        ("Cheptegei won Valencia in 26:48 last year.", []),
    ],
    "left alone": [
        ("The highlights show how Kiprono wins it: he breaks away at 3:42.", [(222.0, None)]),
        ("In the KBC highlights the decisive move comes at 3:42, when Kiprono surges past Otieno.", [(222.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_won_named_race_in(text, expected):
    assert found_spans(text) == expected
