"""A range told between two frames' timecodes ("Between the frames at 00:00:04:10 and 00:00:04:15", blind round 60,
factcheck-02): one range at the stated rate, as "between 0:12 and 0:19" is, not two points."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range between frames": [
        ("The clip is 25 frames per second. Between the frames at 00:00:04:10 and 00:00:04:15 the mouth smears.",
         [(4.4, 4.6)]),
        ("Shot at 25 fps. Between frames 00:00:02:00 and 00:00:03:05 the shadow jumps.", [(2.0, 3.2)]),
        ("Shot at 24 fps. From frame 00:01:02:12 to frame 00:01:04:00 the plate is readable.", [(62.5, 64.0)]),
        ("Shot at 24 fps. Between the frame at 00:01:02:12 and the frame at 00:01:04:00 nobody moves.",
         [(62.5, 64.0)]),
        ("At 25 fps, from the timecode 00:00:10:00 to 00:00:12:00 the flag is still.", [(10.0, 12.0)]),
    ],
    "near-misses stay as they were": [
        ("The frames between 0:12 and 0:19 are blurred.", [(12.0, 19.0)]),
        ("Shot at 25 fps. The frame at 00:00:04:10 shows the lip; so does 00:00:05:00.", [(4.4, None), (5.0, None)]),
        ("Between frames 120 and 180 the ball leaves the hand.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_range_between_frames(text, expected):
    assert found_spans(text) == expected
