"""How far a device's clock is off, given as a spread (blind round 101): 'not the time on the dashcam's own clock,
which is anywhere from eight seconds to three minutes out depending on the unit'. As "slow by 1 min 10 s" is, the
spread is a clock's error, no position, when a clock is named in the sentence. A spread said into the footage stays
a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a spread of a clock's error is no moment": [
        ("The cameras' clocks were anywhere from five seconds to two minutes out, so we ignored them.", []),
        ("Their overlay timestamps are between 12 and 45 seconds fast, the council admits.", []),
        ("The CCTV clock is off by somewhere from 30 seconds to four minutes slow, depending on the camera; the van "
         "appears at 0:52 in our copy.", [(52.0, None)]),
    ],
    "a spread said into the footage stays a range": [
        ("From 30 seconds to two minutes in, the crowd chants.", [(30.0, 120.0)]),
        ("The clock on the wall is visible from ten seconds to one minute into the clip.", [(10.0, 60.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_error_spread(text, expected):
    assert found_spans(text) == expected
