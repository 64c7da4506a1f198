"""A timer or a clock on screen read with the bare verb "say" (blind round 92, a Singlish food-video comment): "At
0:24 can see the timer on screen say 5:00, then she close the lid." The rule knew "says", "shows", "reads"; after
"see" (or where Singlish drops the "-s") the reading is the same: the timer's, no position. The position the
reading is seen at stays one, and a person who "say"s something is no screen."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timer seen to 'say' a time is no position": [
        ("At 0:50 you can see the stopwatch say 2:15 already.", [(50.0, None)]),
        ("Around 1:12 you watch the countdown on the oven say 3:00, then the bell go.", [(72.0, None)]),
    ],
    "a person who 'say's stays no screen": [
        ("At 3:05 the presenter say the tyre is finished.", [(185.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_screen_timer_say(text, expected):
    assert found_spans(text) == expected
