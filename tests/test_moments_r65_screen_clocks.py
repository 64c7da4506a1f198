"""Clocks in the picture read as positions in blind round 65 (visual-02, visual-04): a clock named by its reading
("not the 16:42 clock shown on each camera"), and an overlay's clock said running from one reading to another
("the overlay agrees, running from 11:22:05 to 11:25:55"), as "the clock runs from ..." already was. A recording's
own counter from 00:, and a stretch of footage said running, stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock named by its reading": [
        ("Times below are in the upload (not the 09:12 clock shown on the dashcam).", []),
        ("The 07:10 timestamp visible in the corner is local time.", []),
        ("Ignore the 22:41 camera clock displayed top left; the crash is at 0:52.", [(52.0, None)]),
    ],
    "an overlay's clock said running": [
        ("The drone's maker says it flew at noon, and the overlay agrees, running from 12:01:10 to 12:04:40.", []),
        ("The dashcam clock is visible, ticking from 08:14:02 to 08:16:40 as the car brakes.", []),
    ],
    "near-misses stay as they were": [
        ("The clock on the wall is visible, running from 00:01:10 to 00:02:00 in the clip.", [(70.0, 120.0)]),
        ("The overlay is on screen; the chase, running from 1:10 to 2:00, is the key part.", [(70.0, 120.0)]),
        ("The 2:10 clip shows the crash.", []),
        ("At 2:10 the clock shown on the wall changes.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_screen_clocks(text, expected):
    assert found_spans(text) == expected
