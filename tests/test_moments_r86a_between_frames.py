"""A run of frames said with "between … and …" (blind round 86): where the text states the rate, "between frames
3,960 and 4,020" at 60 fps is the range 66-67, as "frames 3,960 to 4,020" is; a restatement as timecodes is a second
range. With no rate stated the frames are no times, and a count of frames is none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "between frames, at the stated rate": [
        ("Shot at 24 fps, the flash falls between frames 480 and 504.", [(20.0, 21.0)]),
        ("The 30 fps dashcam shows the swerve between frame 1,500 and frame 1,650.", [(50.0, 55.0)]),
        ("At 50 frames per second, the ball crosses the line between frames 2,000 and 2,025, i.e. between 0:40 "
         "and 0:40.5.", [(40.0, 40.5), (40.0, 40.5)]),
    ],
    "no rate, or a count, stays nothing": [
        ("The flash falls between frames 480 and 504.", []),
        ("At 25 fps, between 40 and 60 frames were dropped.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_between_frames(text, expected):
    assert found_spans(text) == expected
