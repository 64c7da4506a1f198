"""A lecture, a talk or a class kept as a recording, named as what a range is of (blind round 152, Markdown lecture
notes: "**Watch 12:00–15:30** of the recorded lecture[^1] before Tuesday's tutorial (Room 4.12, 2–3 pm)."). "The
recorded lecture" is footage as "the lecture video" is, so the day named after it (Tuesday's tutorial) does not make
the stretch a clock of that day. A lecture held at a time of day, with no recording named, stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch of a recorded talk or class is a range": [
        ("Rewatch 10:15–13:40 of the recorded seminar ahead of Thursday's lab.", [(615.0, 820.0)]),
        ("Before Monday's quiz, go through 08:00–11:30 of the recorded lecture (week 4).", [(480.0, 690.0)]),
        ("Please listen to 14:00-16:20 of the pre-recorded talk before Friday's workshop.", [(840.0, 980.0)]),
    ],
    "a lecture or a class held at a time of day stays nothing": [
        ("The lecture runs from 12:00 to 15:30 on Tuesday.", []),
        ("The recorded lecture goes up at 10:00 on Tuesday.", []),
        ("The station recorded 14 mm of rain between 12:00 and 15:30 on Tuesday.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recorded_lecture(text, expected):
    assert found_spans(text) == expected
