"""A lesson plan's header naming the weekday and the period in short, then the period's hours in brackets (blind round
30): "Year 9 History — Thurs P3 (10:50–11:45)" gave a range at 10:50–11:45. "Period 3 (11:05–12:00)" was a school
period's hours already; "Thurs P3", "Mon P1", "Wednesday p.5" are the same period told in a timetable's short form
after its day. A part label with no weekday ("P3 (10:50–11:45) the chase scene") stays a cited stretch."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a weekday's period in short before its hours is the day's": [
        ("Year 9 History — Thurs P3 (10:50–11:45)\n• Starter (5 min): recap on the 1914 alliances\n• Video: BBC "
         "Bitesize 'Causes of WW1' — play from 1:20 to 4:05 only\n• Pause at 2:45 and ask: why Serbia?",
         [(80.0, 245.0), (165.0, None)]),
        ("Chemistry 10B, Mon P1 (08:45–09:40)\nShow the clip from 0:30 to 2:10.", [(30.0, 130.0)]),
        ("Wednesday p.5 (13:20-14:15): Geography, video from 3:00 to 5:30", [(180.0, 330.0)]),
        ("Fri P4 (12:10–13:05) — Year 11 English: watch the storm scene at 14:20.", [(860.0, None)]),
    ],
    "a part label with no weekday stays a stretch": [
        ("Episode guide\nP3 (10:50–11:45) the chase scene\nP4 (11:45–13:00) the crash",
         [(650.0, 705.0), (705.0, 780.0)]),
        ("Thurs recap: Part 3 (10:50–11:45) is the chase scene.", [(650.0, 705.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_weekday_period(text, expected):
    assert found_spans(text) == expected
