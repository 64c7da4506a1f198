"""The writer's own passing of a place, then a clock (blind round 194): "I pass there 8:30 and everything free"
(Pidgin's present for the past), "We drove past around 9:20", "I passed through Kasoa at 6:50" tell the writer's
day, as "we left the car park at 06:10" does, not a place in the clip."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the writer passed at a clock": [
        ("From 0:20 the bus swerve. Which day be this? I pass there 7:45 and the road free.", [(20.0, None)]),
        ("The clip shows the crash at 1:10. We drove past around 9:20 and it was still blocked.", [(70.0, None)]),
        ("At 0:44 the lorry tips. I passed through Kasoa at 6:50 and saw nothing.", [(44.0, None)]),
    ],
    "someone in the video passing is footage": [
        ("In the video at 1:05 he passes there at 1:20 again.", [(65.0, None), (80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_passed_there_clock(text, expected):
    assert found_spans(text) == expected
