"""A table column of splits (blind round 78): a speedrun wiki's route table "| Split | WR split | Notes |" over "|
Courtyard | 1:42.8 | Ledge cancel |", a lap chart's "Lap time" or a "Sector 2" column: race times, whoever ran them,
with no runner's column beside them. A column naming the footage ("Video split") or a table of positions stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a splits column holds race times": [
        ("| Stage | PB split | Comment |\n|---|---|---|\n| Forest | 2:11.4 | Clean |\n| Mines | 6:48.9 | "
         "Lost a second |", []),
        ("| Lap | Lap time |\n|---|---|\n| 1 | 1:31.2 |\n| 2 | 1:29.8 |", []),
        ("| Area | Sector 2 | Gain |\n|---|---|---|\n| Chicane | 0:41.3 | +0.2 |", []),
    ],
    "look-alikes stay as they are": [
        ("| Moment | Video time |\n|---|---|\n| Door opens | 1:42 |\n| Car leaves | 4:10 |",
         [(102.0, None), (250.0, None)]),
        ("| Scene | Time | Notes |\n|---|---|---|\n| Opening | 0:00 | Titles |\n| Chase | 12:30 | Best bit |",
         [(0.0, None), (750.0, None)]),
        ("The split at 3:10 in the video shows the wall clip.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_split_columns(text, expected):
    assert found_spans(text) == expected
