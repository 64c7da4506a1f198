"""An interval's work part said in words (blind round 84): "3 x 45 sec on, 90 sec rest", "20 seconds on, 10 off",
"4 sets of 30 s on" are a workout's parts, not "45 seconds on" from the position before (a "later"). A count of sets
before it or a rest part after it says so. A plain "Thirty seconds on, he gets up" after a position still counts
from it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an interval's work part is no relative": [
        ("17:40 Sprints on the blue line (6 x 30 sec on, 60 sec rest)", [(1060.0, None)]),
        ("At 8:00 the coach starts the block: 40 seconds on, 20 off, five rounds.", [(480.0, None)]),
        ("From 3:15 it is 5 sets of 1 min on, 30 s recovery.", [(195.0, None)]),
    ],
    "a relative 'on' after a position stays": [
        ("At 2:10 he falls. Thirty seconds on, he gets up.", [(130.0, None), (160.0, None)]),
        ("The crash is at 4:00. A minute on, the marshals arrive.", [(240.0, None), (300.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_interval_parts(text, expected):
    assert found_spans(text) == expected
