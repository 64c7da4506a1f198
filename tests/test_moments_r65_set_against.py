"""A split read as a position in blind round 65 (forum-02): a time set against a best or a record right after it
("(34:10 vs PB 34:52)"), when that one is a race time: the first is the same kind of measure. Positions compared
with positions stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time set against a best": [
        ("Splits were gold through level 2 (21:05 vs PB 21:40).", []),
        ("Her half split of 38:12 versus her PB of 38:50 was the story.", []),
    ],
    "near-misses stay as they were": [
        ("The goal is at 3:10 vs 3:40 in the old cut.", [(190.0, None), (220.0, None)]),
        ("At 2:10 in the video the car turns against traffic.", [(130.0, None)]),
        ("The skip is at 58:40 in the VOD, against 1:02:10 in the old upload.", [(3520.0, None), (3730.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_set_against(text, expected):
    assert found_spans(text) == expected
