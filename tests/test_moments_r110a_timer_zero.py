"""A timer or a countdown said to reach or sound at its zero (blind round 110): a smartwatch review's "The interval
timer is good: ..., and it buzzes at 0:00 so you don't have to look", a desk lamp's "set it for 25 minutes and it dims
at 0:00", a study stream's "Break starts only when the on-screen timer hits 00:00". The family: a zero reading
reached by a timer named in the sentence (maybe as "it") is the device running out, not the first frame of the
footage. A zero placed in the footage ("at 0:00 in the video"), or a timer that merely starts at 0:00 with other
positions walked after it, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timer's or countdown's zero, reached or sounding, is no position": [
        ("My rowing app is great: the rest timer beeps at 00:00 and the next piece starts.", []),
        ("The kitchen timer on this oven is loud, and it rings at 0:00 even with the door shut.", []),
        ("Pomodoro mode works well: pick 50 minutes and it vibrates at 0:00, then asks for a break.", []),
        ("Nothing happens until the countdown gets to 00:00, then the doors open.", []),
        ("Her stopwatch app is neat, it chimes at 0:00:00 after the last lap.", []),
    ],
    "a zero placed in the footage, or a timer's start before positions, stays": [
        ("The on-screen countdown appears at 0:00 in the video and the host waves.", [(0.0, None)]),
        ("The countdown reaches zero at 1:12 in the video.", [(72.0, None)]),
        ("The timer starts at 0:00 and we see the crew run at 0:12.", [(0.0, None), (12.0, None)]),
        ("The buzzer sounds at 0:00 of the clip, then the gates lift at 0:04.", [(0.0, None), (4.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_timer_zero(text, expected):
    assert found_spans(text) == expected
