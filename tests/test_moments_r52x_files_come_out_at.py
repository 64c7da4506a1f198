"""The length recorded files come out at (blind round 52): "Loop recording is meant to be 3-minute files but mine come
out at 2:58 every time" is each file's length, as "the segments all end up at 9:58" and "my renders come out at
1:02:30 instead of 1:00:00" are; no positions. A thing in the picture that comes out ("the car comes out at 2:58"),
or files' words with the time said in the video, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "each file's length": [
        ("Loop recording is meant to be 3-minute files but mine come out at 2:58 every time which is weird.", []),
        ("The dashcam's segments all end up at 9:58, never ten minutes. The crash is at 4:12 in the second one.",
         [(252.0, None)]),
        ("My renders come out at 1:02:30 instead of 1:00:00.", []),
    ],
    "positions left alone": [
        ("The car comes out at 2:58 in the video.", [(178.0, None)]),
        ("Mine come out at 2:58 in the video, the fox walks past.", [(178.0, None)]),
        ("At 1:10 the bear comes out at last.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_files_come_out_at(text, expected):
    assert found_spans(text) == expected
