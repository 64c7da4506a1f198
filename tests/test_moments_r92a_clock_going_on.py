"""A day's clock told again later in a sentence that reads a clock in the picture (blind round 92): "The cam clock
said 05:47 when Mum came back with breakfast, and by 06:10 all three chicks were fed", "the camera's own clock reads
23:41 when the first punch is thrown, and the victim was taken to the RVI at 00:15". The second time, in two-digit
hours a little after the reading, is the same day's clock going on: no position. A position told beside the reading,
or said into the video, stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a later day's clock in a sentence reading a clock is that clock": [
        ("The barn cam's clock showed 04:52 when the first lamb arrived, and by 05:30 there were three.", []),
        ("The dashcam clock reads 22:10 as the van pulls out, and police stopped it at 22:48.", []),
        ("The lobby camera's clock says 23:55 when he walks in; the alarm sounded at 00:20.", []),
    ],
    "a position beside or after a reading stays one": [
        ("The clock on the wall reads 23:41 at 00:15 in the video.", [(15.0, None)]),
        ("The cam clock said 05:47, and at 01:10 into the clip the chick flaps.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_going_on(text, expected):
    assert found_spans(text) == expected
