"""A table column headed by a timer the reader sets, said as read "on" it (blind round 114): a Tabata table whose
text says there is no video, with an "| On the app clock |" column over "| 00:00–04:00 |". The readings are an
interval app's, a clock outside any footage, as a "Camera clock" column has long been; the family is the header
"on the app clock", "on the timer", "stopwatch reading". A column headed by the video's own clock ("On the video
clock", "Video time") stays a column of positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a column of readings on a timer is no moment": [
        ("Circuit night (no video, just the gym timer)\n| Block | Move | On the timer |\n|---|---|---|\n"
         "| A | Kettlebell swings | 00:00–03:00 |\n| B | Push-ups | 03:00–06:00 |", []),
        ("| Station | Drill | Stopwatch reading |\n|---|---|---|\n| 1 | Rowing | 00:00-05:00 |\n"
         "| 2 | Bike | 05:00-10:00 |", []),
        ("Boxing conditioning, 3 rounds\n| Round | Drill | By my app clock |\n|---|---|---|\n"
         "| 1 | Skipping | 00:00–02:00 |\n| 2 | Shadow boxing | 02:00–04:00 |", []),
    ],
    "a column on the video's own clock stays positions": [
        ("Follow-along workout video\n| Block | Move | On the video clock |\n|---|---|---|\n"
         "| A | Kettlebell swings | 00:00–03:00 |\n| B | Push-ups | 03:00–06:00 |", [(0.0, 180.0), (180.0, 360.0)]),
        ("| Chapter | Video time |\n|---|---|\n| Squats | 01:10 |\n| Lunges | 04:30 |", [(70.0, None), (270.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_timer_columns(text, expected):
    assert found_spans(text) == expected
