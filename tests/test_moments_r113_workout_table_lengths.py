"""A workout list's table column of how long each thing lasts (blind round 113): an HTML pose table "Pose | Hold |
Watch from" whose Hold cells read "0:45", "1:00", and a running plan "| Day | Session | Time |" whose Time cells read
"25:00", "35:00", "55:00". A hold is how long a pose is held, and a plan's Time is how long a session runs: lengths,
no places in a video, like a "Length" or "Rest" column. A column beside them headed as a place in the video ("Watch
from", "Starts at") stays positions, and so does a chapter table's bare "Time" column, which names no session."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a Hold column holds lengths": [
        ("<table>\n<tr><th>Stretch</th><th>Hold time</th><th>In the video</th></tr>\n<tr><td>Cat-cow</td><td>0:50</td>"
         "<td>1:10</td></tr>\n<tr><td>Pigeon</td><td>2:00</td><td>9:35</td></tr>\n</table>",
         [(70.0, None), (575.0, None)]),
        ("| Exercise | Hold | Starts at |\n|---|---|---|\n| Plank | 1:00 | 4:20 |\n| Wall sit | 0:45 | 7:05 |",
         [(260.0, None), (425.0, None)]),
    ],
    "a training plan's Time column holds session lengths": [
        ("Base week\n\n| Day | Session | Time |\n|---|---|---|\n| Mon | Easy jog | 30:00 |\n| Thu | Fartlek 8 x 1:00 "
         "| 40:00 |\n| Sun | Steady run | 65:00 |", []),
        ("<table><tr><th>Session</th><th>Time</th></tr><tr><td>Recovery spin</td><td>30:00</td></tr>"
         "<tr><td>Threshold ride</td><td>50:00</td></tr></table>", []),
    ],
    "a place-in-the-video column and a chapter table's Time stay positions": [
        ("| Time | Chapter |\n|---|---|\n| 0:00 | Intro |\n| 4:35 | Warm-up |\n| 12:10 | Cool-down |",
         [(0.0, None), (275.0, None), (730.0, None)]),
        ("<table><tr><th>Pose</th><th>Watch from</th></tr><tr><td>Cobra</td><td>3:25</td></tr>"
         "<tr><td>Bridge</td><td>8:40</td></tr></table>", [(205.0, None), (520.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_workout_table_lengths(text, expected):
    assert found_spans(text) == expected
