"""A clock in the picture that records, logs or puts an event at a time (blind round 70): "The camera's clock
records the first pass at 19:02 and the second at 19:06". What that clock says is a time of day, not a position,
for each event listed after it; a time said into the video after the same verb stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock that records or logs an event at a time": [
        ("The doorbell camera's clock records the van at 21:14 and the next one at 21:19.", []),
        ("The CCTV clock logs the first visit at 18:40, though it runs slow.", []),
        ("The dashcam's clock puts the collision at 07:52.", []),
    ],
    "a position said into the footage after such a verb": [
        ("The clock records the first pass at 3:12 in the video.", [(192.0, None)]),
        ("At 2:05, the camera records the first pass.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_records(text, expected):
    assert found_spans(text) == expected
