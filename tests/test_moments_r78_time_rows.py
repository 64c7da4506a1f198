"""A table's Time row (blind round 78): a pipe table's row labelled as the time something happened ("| Time |
Consistent with 23:10–23:25 |", "| Time filmed | 21:40 |"), in a table naming no footage, tells a time of day. A row
saying the time is into the video, or a table whose column is the footage's time, still gives positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a table's Time row is the time of day": [
        ("| Check | Finding |\n|---|---|\n| Place | Harbour Rd |\n| Time | Consistent with 21:40–22:05 |", []),
        ("| Claim | Verdict |\n|---|---|\n| Time filmed | 06:15 |\n| Weather | Rain |", []),
    ],
    "look-alikes stay as they are": [
        ("| Item | Value |\n|---|---|\n| Time | 1:12 into the video |", [(72.0, None)]),
        ("| Scene | Time |\n|---|---|\n| Intro | 0:00 |\n| Chase | 1:12 |", [(0.0, None), (72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_rows(text, expected):
    assert found_spans(text) == expected
