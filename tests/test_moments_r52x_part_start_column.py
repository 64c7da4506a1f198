"""A recording's parts listed with their starts (round 52): "| Part | Starts | Notes |" over "| Cold open | 0:00 |" and
"| The mistake I left in | 17:25 |" is an episode guide, each start a position, though the part's title tells the
maker's own past ("I left in", "I went wrong"). A day's parts listed with their clocks, from no zero, stay the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part's start in a guide from zero": [
        ("| Part | Starts | Notes |\n|---|---|---|\n| Cold open | 0:00 | |\n| The mistake I left in | 17:25 | bridged "
         "pins 4–5 |\n| Hot air rework | 21:10 | 350 °C |", [(0.0, None), (1045.0, None), (1270.0, None)]),
        ("| Chapter | Start | Notes |\n|---|---|---|\n| Intro | 0:00 | |\n| Where I went wrong | 14:35 | |\n"
         "| What I fixed | 18:02 | solder |", [(0.0, None), (875.0, None), (1082.0, None)]),
        ("| Segment | Begins |\n|---|---|\n| Welcome | 00:00 |\n| The bit we made up | 12:40 |",
         [(0.0, None), (760.0, None)]),
    ],
    "left alone": [
        ("| Day | Part | Starts |\n|---|---|---|\n| Saturday | Gates open | 17:30 |\n| Saturday | Headliner we "
         "waited for | 21:15 |", []),
        ("| Event | Starts |\n|---|---|\n| Gates open | 17:30 |\n| We arrived at the ground | 18:10 |", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_start_column(text, expected):
    assert [(round(s, 1), e) for s, e in found_spans(text)] == expected
