"""A device set for a length is a setting, not a plan (blind round 72): "check from 5.10 to 5.40, where the unit
switches off even though the timer is set for 15 minutes". "set for" before a number of hours, minutes or seconds
tells how long something was set to run, no future of the world, so the positions in its sentence stay positions;
"set for" before a clock or a day is still a schedule's ("the parade is set for 10:45")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a setting's length leaves the sentence's positions alone": [
        ("Kindly note that at 0.40 in the video the kettle clicks. Please see from 1.10 to 1.35, where the hob "
         "shuts down although the timer was set for 20 minutes.", [(40.0, None), (70.0, 95.0)]),
        ("The footage is attached. From 2:05 to 2:30 the oven light goes off even though it is set for about an "
         "hour.", [(125.0, 150.0)]),
        ("Watch the clip from 0:12 to 0:31: the sprinkler stops although the controller is set for ten minutes.",
         [(12.0, 31.0)]),
    ],
    "set for a clock or a day is still a schedule": [
        ("The parade is set for 10:45 on Sunday, weather permitting.", []),
        ("The vote is set for 14:30 and the count will follow.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_set_for_length(text, expected):
    assert found_spans(text) == expected
