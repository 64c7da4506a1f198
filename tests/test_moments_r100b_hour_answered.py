"""A bare clock that answers a time of day asked in whole hours (blind round 100, a radio phone-in): "PRESENTER: And
this was just after 7 this morning? VAN WYK: 07:10, ja." The hour is told as the day's ("7 this morning", "9pm",
"10 last night", "6 o'clock"), and the clock soon after in the same hour, in a sentence naming no footage, is that
day's time given to the minute: no position. A clock in the same hour in a sentence that names the footage stays a
position, as does one in another hour."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock taking up an hour told as the day's is the day's": [
        ("Q. You started filming at about 9pm?\nA. 9:05, yes. The clip shows the first punch at 1:12.",
         [(72.0, None)]),
        ("HOST: And that was around 10 last night?\nGUEST: 10:25, give or take. The video's two minutes, and the "
         "hail starts at 0:50.", [(50.0, None)]),
        ("Was it before 6 o'clock, Aroha?\n- Nah, 6:20 or so. The wave hits the car park at 1:05 in my clip.",
         [(65.0, None)]),
    ],
    "a clock in that hour in a sentence naming the footage, or in another hour, stays a position": [
        ("We started filming at 8 this morning. In the video, at 8:15 the crane topples.", [(495.0, None)]),
        ("It happened about 6 this morning. The clip is long; the crane topples at 4:15.", [(255.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hour_answered(text, expected):
    assert found_spans(text) == expected
