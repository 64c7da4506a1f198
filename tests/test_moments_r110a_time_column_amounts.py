"""A table column headed only "Time" whose times fall down the rows (blind round 110): a running plan's "| Day |
Session | Time |" over "| Mon | Easy run | 25:00 |", "| Wed | Intervals ... | 35:00 |", "| Fri | Rest or yoga | 0:30
|", "| Sun | Long run | 55:00 |". The family: a log of footage lists its places in the footage's order, so a "Time"
column whose times go down somewhere holds amounts (each session's length), no positions; a "Time" column that rises
row by row stays a log of positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a Time column whose times fall down the rows holds lengths": [
        ("Bike block, week 2\n\n| Day | Workout | Time |\n|---|---|---|\n| Tue | Tempo | 40:00 |\n| Thu | Hills | "
         "30:00 |\n| Sat | Long ride | 1:30:00 |\n", []),
        ("| Drill | Time |\n|---|---|\n| Footwork ladder | 8:00 |\n| Passing squares | 12:00 |\n| Cool-down | 5:00 "
         "|\n", []),
    ],
    "a Time column rising row by row stays a log of positions": [
        ("Key plays from the replay:\n\n| Play | Time |\n|---|---|\n| Kickoff return | 0:45 |\n| Interception | "
         "12:10 |\n| Winning field goal | 58:30 |\n", [(45.0, None), (730.0, None), (3510.0, None)]),
        ("| Time | What happens |\n|---|---|\n| 0:12 | Door opens |\n| 1:05 | Van arrives |\n", [(12.0, None),
                                                                                         (65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_column_amounts(text, expected):
    assert found_spans(text) == expected
