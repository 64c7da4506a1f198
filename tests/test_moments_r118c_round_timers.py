"""An esports round's own timer read before its clock (blind round 118's "Spike timer showed 0:38 when Jun started
the defuse", in new wording): "round timer 0:21 when he plants", "Bomb timer at 0:07", "Plant timer 0:45". The
round's timer, like a shot clock, is a game clock, no position, whatever footage the sentence names besides (the
learned veto is not asked to overrule a timer named right before). A position in the VOD told with the timer's
words ("the round timer hits zero at 1:12 of the VOD") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a round's timer before a clock is a game clock": [
        ("The 1v3 clutch is at 3:41:20 in the VOD; round timer 0:21 when he plants.", [(13280.0, None)]),
        ("Bomb timer at 0:07 and he still gets the defuse, 12:40 into the stream.", [(760.0, None)]),
        ("Plant timer 0:45, and the retake is at 2:02:10 in the VOD.", [(7330.0, None)]),
    ],
    "a position in the VOD told with the timer's words stays one": [
        ("The round timer hits zero at 1:12 of the VOD.", [(72.0, None)]),
        ("Watch the timer at 0:33 in the clip; the plant comes ten seconds later.", [(33.0, None), (43.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round_timers(text, expected):
    assert found_spans(text) == expected
