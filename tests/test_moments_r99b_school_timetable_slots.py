"""A school's timetable slots told as clock ranges on a homework page (blind round 99): "Teacher: Mr D. Asante ·
Room B4 · Period 3 (11:05–12:00)", "Drop-in help is Thursday lunchtime, 12:40–13:20, in the science prep room." A
numbered period's hours and a weekday's lunchtime hours are times of day, as an office's or a recess's hours are,
no stretch of the lesson's video; a stretch placed in the video stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a numbered period's clock range is a time of day": [
        ("Form 4 Geography · Period 5 (13:35–14:30) · watch the volcano clip before class; the ash cloud is at "
         "2:10.", [(130.0, None)]),
        ("Year 8 maths, period 2 (09:50–10:45): the worked example in the video starts at 4:05.", [(245.0, None)]),
    ],
    "a weekday's lunchtime clock range is a time of day": [
        ("Catch-up club runs Tuesday lunchtime, 12:35–13:15, in Lab 3. The key step is at 6:20 in the video.",
         [(380.0, None)]),
        ("Revision drop-in: Friday lunchtime 12:30-13:10, library.", []),
    ],
    "a stretch of the lesson's video stays a range": [
        ("Watch the video from 11:05 to 12:00 and note every force arrow.", [(665.0, 720.0)]),
        ("Period 3 homework: in the lesson video, 12:40–13:20 shows the ramp test.", [(760.0, 800.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_school_timetable_slots(text, expected):
    assert found_spans(text) == expected
