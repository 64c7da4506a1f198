"""A time named as a thing printed in a corner of the picture (blind round 90): "clock on it is still on summer
time so ignore the 09:15 in the corner". "the 09:15 in the corner", "that 18:42 in the top-right corner": the
device's own clock of the day, no position; "at 0:47 in the corner of the frame a fox appears" places something
seen in the corner, and stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock named in the picture's corner": [
        ("My doorbell cam is an hour out, so ignore the 22:14 in the corner. The parcel goes missing at 0:35.",
         [(35.0, None)]),
        ("In the video, the 18:42 in the top-right corner is the camera's clock. The fox appears at 0:47.",
         [(47.0, None)]),
        ("Dashcam footage below; the 07:58 shown in the bottom left corner is wrong. He pulls out at 1:12.",
         [(72.0, None)]),
    ],
    "a position where something is seen in the corner": [
        ("In the video, at 0:47 in the corner of the frame a fox appears.", [(47.0, None)]),
        ("In the clip, at 2:05 in the top corner you can see the drone.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_corner_clock(text, expected):
    assert found_spans(text) == expected
