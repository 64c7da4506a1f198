"""A wildlife cam's clock and the archive's position on one list line (blind round 76): "badger visit, cam clock 23:41,
about 1:58:00 in the archive". Once the clock named before is read at a time of its own, a later time said in the
recording is the recording's position, not another reading of that clock. A time followed by the device's own "cam
time" or "camera time" is that clock's reading."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the clock read first, then a position in the recording": [
        ("• 4 Nov — otter on the bank, cam clock 01:12, roughly 3:20:40 in the archive.", [(12040.0, None)]),
        ("- 12 Nov: fox at the gate, camera clock 22:05, 0:41:10 into the night's recording.", [(2470.0, None)]),
        ("The doorbell clock says 21:14, and the parcel vanishes at 0:32 in the clip.", [(32.0, None)]),
    ],
    "a time said in the device's own time": [
        ("• The heron lands at 04:45 cam time (the recorder was off).", []),
        ("Deer crossing at 23:10 camera time.", []),
    ],
    "look-alikes: a clock read alone": [
        ("The cam clock read 05:40 when the doe came in.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_cam_clock_then_archive(text, expected):
    assert found_spans(text) == expected
