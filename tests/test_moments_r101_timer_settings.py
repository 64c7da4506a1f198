"""A kitchen timer set to a time (blind round 101): 'Fry for 3–4 minutes. Set your timer to 04:00 and flip at the
halfway beep.' The time is what the cook's timer counts down from, as "at 12:00 on the fryer's own timer" is read on
one: no position in the recipe video. A timer that is the footage's own, or a position where the timer is set,
stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a cook's timer set to a time is no moment": [
        ("Sear the lamb, then put the egg timer on 06:30 and leave it alone.", []),
        ("Set the kitchen timer for 12:00 once the lid is on, and do not peek.", []),
        ("Season well. Set a stopwatch to 2:30 for each side of the paneer.", []),
        ("He rinses the rice at 1:10, then tells us to set our timer to 18:00.", [(70.0, None)]),
    ],
    "a timer in the footage, or where it is set, stays a position": [
        ("She sets her timer at 1:45 in the video.", [(105.0, None)]),
        ("Set the video timer to 2:10 and watch the lid rattle.", [(130.0, None)]),
        ("At 3:20 he sets the oven timer; the cake comes out at 7:55.", [(200.0, None), (475.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_timer_settings(text, expected):
    assert found_spans(text) == expected
