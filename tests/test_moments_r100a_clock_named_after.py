"""A time its own following words read off the camera's clock (blind round 100, court): "The relevant footage begins
at 01:14:05 by the camera's clock." The rules set it aside as a clock shown on screen, but the learned veto, reading
"footage begins at" and a small hour, overruled them into a position at 4445 s. The words after the time name the
clock it is read on, as "6:40 in the evening" names its part of the day: whatever the words before it say of
footage, it is the clock's, and the veto is not asked. A position said by the recording's own counter, or into the
file, stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a footage's start told by the camera's clock is no position": [
        ("The material footage begins at 00:52:10 per the CCTV clock, and 30 seconds into the file the door opens.",
         [(30.0, None)]),
        ("The footage begins at 04:10:03 by the doorbell camera and runs for two minutes.", []),
    ],
    "a time said into the file or on the recording's counter stays a position": [
        ("The relevant footage begins at 1:12 into the file.", [(72.0, None)]),
        ("The tyre bursts at 24:04 by the counter on the tape.", [(1444.0, None)]),
        ("The clip begins at 0:14, when the camera's clock reads 23:10:05.", [(14.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_named_after(text, expected):
    assert found_spans(text) == expected
