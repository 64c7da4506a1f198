"""Clocks of the day that read as positions in blind round 60 (chapters-04, html_md-02): a recording's day and hours
on the line that says when it was recorded ("Recorded Tue 10/14, 10:05–11:20 in Hall B"), and a schedule's slots
under a heading that names the day it plans ("Schedule for Day 4: going live 19:00 GMT, speedrun block
21:00–23:30"). Positions beside them, and headings naming no day, stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_CHAPTERS = "\n\nSegments\n00:00–05:30 Admin\n05:30 → 22:15 Supply curves"
FAMILIES = {
    "a recording's day and hours": [
        ("STAT 110 — Lecture 3\nRecorded Tue 10/14, 10:05–11:20 in Hall B." + _CHAPTERS,
         [(0.0, 330.0), (330.0, 1335.0)]),
        ("Recorded Thu 3/6, 14:00–15:30 in Room 2." + _CHAPTERS, [(0.0, 330.0), (330.0, 1335.0)]),
        ("Seminar recorded on Thursday, 9:30–11:00, Room 12.", []),
        ("Recorded 10/14 at 16:20 in Studio 2. The demo starts at 3:10.", [(190.0, None)]),
        ("Lecture filmed 3 March, 14:00 in the main hall; the proof is at 41:20.", [(2480.0, None)]),
    ],
    "a schedule's slots under a dated heading": [
        ("Best bit is at `23:17`. Schedule for Day 4: going live 19:00 GMT, speedrun block 21:00–23:30.",
         [(1397.0, None)]),
        ("Agenda for Friday: opening remarks 9:30, panel 10:15–11:00.", []),
        ("Schedule for tomorrow: warm-up 18:30, main event 20:00–22:15.", []),
    ],
    "near-misses stay as they were": [
        ("The stream, recorded Tuesday, has the goal at 12:30.", [(750.0, None)]),
        ("Recorded Tue 10/14. The goal is at 10:05 in the video.", [(605.0, None)]),
        ("Shot 3 March: the flag falls at 1:20.", [(80.0, None)]),
        ("Schedule for the highlights: the goal at 12:30 in the video.", [(750.0, None)]),
        ("Timeline for the video: 0:12 the car turns; 0:40 the crash.", [(12.0, None), (40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_session_and_schedule_clocks(text, expected):
    assert found_spans(text) == expected
