"""A clock dated by a day and month with no year (blind round 85, a university subreddit): "Exam is 9:30 on 14/11",
"Submit by 23:59 on 3/12" are times of day, as "9:30 on 14/11/2025" was. A speed or a share after "on" ("at 1:40 on
2/3 speed") is no date."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock on a day and month": [
        ("The final is 7:30 on 22/6, doors at 6.", []),
        ("Submit by 23:59 on 3/12 please.", []),
        ("Interview slots are 10:15 on 14/3 and 11:00 on 15/3.", []),
    ],
    "look-alikes: a speed or a share, a position beside the date": [
        ("The foul is at 1:40 on 2/3 speed, clearer than at 1x.", [(100.0, None)]),
        ("He says it at 47:10 in the recording; the exam is 9:30 on 14/11.", [(2830.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_month_clocks(text, expected):
    assert found_spans(text) == expected
