"""A frame of the footage told as stamped with a timecode that counts frames (blind round 193): "look closely at the
frame stamped 00:07:02:15" is that frame's place in the footage (30 fps with no rate stated), as a subtitle cue's stamp
is, not a clock shown on screen: a clock of the day counts no frames. A frame stamped with a clock to the second
("the frame stamped 14:07:33") stays the camera's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a frame's own timecode": [
        ("The jury was asked to study the frame stamped 00:01:10:15, where the gun is visible.", [(70.5, None)]),
        ("The analyst paused on a single frame, time-stamped 00:03:20:06, showing the plate.", [(200.2, None)]),
        ("In the bodycam file, the frames stamped 00:00:42:00 and after show the door open.", [(42.0, None)]),
    ],
    "a frame stamped with a clock stays the clock": [
        ("The dashcam frame stamped 14:07:33 shows the truck on the bridge.", []),
        ("Each frame is stamped 22:41:06 or later by the CCTV recorder.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_stamped(text, expected):
    assert [(round(s, 1), e) for s, e in found_spans(text)] == expected
