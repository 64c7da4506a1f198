"""A clock in the picture read when the recording begins and again when it ends (blind round 59): "The time of day is
printed in the corner of the frame; it reads 16:22:05 when the video begins and 16:34:05 when it ends." set the
first reading aside and kept the second as a position at 59645 s: a clock listed after a reading shares its verdict,
but not when a footage word ("the video") stands between. Two readings paired by when the recording begins and ends
are readings alike, as "reads 7:20 in one shot and 6:55 in the next" already were; a position told after the first
reading ("2:10 into the video", "at 1:12") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock's readings at the recording's start and end": [
        ("The footage was shot by a contractor's drone. The time of day is printed in the corner of the frame; it "
         "reads 16:22:05 when the video begins and 16:34:05 when it ends. For the first three minutes, the fire is "
         "confined to the west bank.", [(0.0, 180.0)]),
        ("The dashcam clock shows 07:52:16 when the clip starts, and 07:55:40 as it ends.", []),
        ("Its overlay says 21:03:10 as the recording opens and 21:09:55 when the stream cuts out.", []),
        ("The bodycam's clock reads 02:14:09 when the file begins, then 02:31:40 when it stops.", []),
    ],
    "a position told after the first reading stays a position": [
        ("The camera clock reads 23:14:05 when the car arrives, and 2:10 into the video the driver gets out.",
         [(130.0, None)]),
        ("The clock reads 23:14:05 when the video begins, and at 1:12 the car leaves.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_at_start_and_end(text, expected):
    assert found_spans(text) == expected
