"""A task due before a time of day (round 52's photo desk): "images 5-9 still need checking by the late desk, ideally
before 23:00" is the day's deadline, as "the deadline for entries is 17:00" was; a place in the footage where
something needs fixing ("at 0:45", "before 2:30 ... in the video") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a task due by the day's clock": [
        ("The rest of the set still need checking by the late desk, ideally before 23:00.", []),
        ("Images 5-9 need checking before 22:30, please.", []),
        ("The translations had to be delivered before 19:00, the agency said.", []),
    ],
    "left alone": [
        ("In the video, the captions must be checked before 2:30 where the chant starts.", [(150.0, None)]),
        ("The sign needs blurring before 1:40.", [(100.0, None)]),
        ("The audio needs fixing at 12:30, where the hum starts.", [(750.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_task_due_before(text, expected):
    assert found_spans(text) == expected
