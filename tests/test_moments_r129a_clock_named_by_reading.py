"""A clock named by its reading (blind round 129, visual): "Shadows fall west, consistent with the 7:40ish clock."
The time stands as the clock's adjective, after a determiner and before "clock": the device's clock of the day, no
position (the contract's clock shown on screen), as a time "in the corner" already is. A position told before "the
clock" as the clause's subject, a mark, or a clock tower seen at a time stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time as a clock's adjective is no moment": [
        ("The sun angle fits the 17:20-ish clock better than the uploader's claim; the tanker explodes at 0:58.",
         [(58.0, None)]),
        ("We trust the 06:45 dashboard clock only to the minute. At 2:04 the bus brakes.", [(124.0, None)]),
        ("That 21:13 clock is the DVR's, not local time.", []),
    ],
    "a position before the clock, a mark, a clock tower stay": [
        ("At 0:47 the clock stops and the lights go out.", [(47.0, None)]),
        ("By the 1:10 mark the church clock is hidden by smoke.", [(70.0, None)]),
        ("At 0:30 the clock tower comes into view.", [(30.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_named_by_reading(text, expected):
    assert found_spans(text) == expected
