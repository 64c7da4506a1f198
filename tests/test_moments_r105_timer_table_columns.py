"""An interval timer's table, its work-and-rest and total columns holding lengths (blind round 105): "| Preset |
Work / Rest | Rounds | Total time |" over "| Tabata | 20 s / 10 s | 8 | 4:00 |", "| Plank ladder | 0:30, 0:45, 1:00 |
3 | 6:45 |". A preset's work, rest and total time are how long a drill lasts, no place in any video (the contract's
"durations of other events"); a position told under such a table stays one, and so does a table's column headed as
a place in the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work/rest or total column's times are lengths": [
        ("| Circuit | Work/Rest | Sets | Total |\n|---|---|---|---|\n| Burpee blast | 0:40 / 0:20 | 10 | 10:00 |\n"
         "| Row sprints | 1:30 / 1:00 | 4 | 10:00 |", []),
        ("| Session | Intervals | Time cap |\n|---|---|---|\n| Hill mix | 2:00, 1:30, 1:00 | 18:00 |", []),
        ("| Block | Work | Rest | Total length |\n| --- | --- | --- | --- |\n| Core | 0:45 | 0:15 | 12:00 |\n\n"
         "Ye'll see the plank form check at 3:05 in the video.", [(185.0, None)]),
    ],
    "a column naming a place in the footage stays positions": [
        ("| Drill | Time |\n|---|---|\n| Sprints | 0:40 |\n| Squats | 2:15 |", [(40.0, None), (135.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_timer_table_columns(text, expected):
    assert found_spans(text) == expected
