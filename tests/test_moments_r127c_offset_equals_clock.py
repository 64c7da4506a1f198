"""An offset said in words equated with the clock it reads then, in a chronolocation's sum (blind round 127): "The
livestream metadata says it started at 16:31, which fits: two minutes in is 16:33." The offset is a position in the
footage (120); the clock after "is" is the day's, worked out from the stream's start, no moment. The same number told
twice ("two minutes in is 2:00") is one moment told twice and stays; an offset told "is where/when" stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset equated with a clock of the day is a position, the clock is not": [
        ("The upload log puts the start at 08:12 EAT, so three minutes in is 08:15.", [(180.0, None)]),
        ("Its first frame is stamped 21:40; ninety seconds in would be 21:41:30.", [(90.0, None)]),
        ("By the dashcam's clock the drive began at 07:05, so five minutes in makes it 07:10.", [(300.0, None)]),
        ("The feed went live at 19:58 GMT. Four minutes in is roughly 20:02, when the first flare goes up.",
         [(240.0, None)]),
    ],
    "the same number told twice stays two mentions": [
        ("Two minutes in is 2:00 on the player, where the gate opens.", [(120.0, None), (120.0, None)]),
    ],
    "an offset told as where or when stays": [
        ("Ninety seconds in is where the bus swerves.", [(90.0, None)]),
        ("The crowd surges two minutes in, at 2:00 on the clip.", [(120.0, None), (120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_offset_equals_clock(text, expected):
    assert found_spans(text) == expected
