"""A frame counted within its second, restating a frames timecode's last field (blind round 120): 'the still at
00:04:10:12 (frame 12 within that second, the recorder exporting at 30 frames per second)'. "Frame 12 within that
second" is the timecode's frame field, not the twelfth frame of the file: the timecode is the one moment. A frame
said by its number from the start, where a rate is stated, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a frame within its second is the timecode's frame field, no moment of its own": [
        ("The still exported at 00:02:05:20 (frame 20 of that second, the camera running at 25 fps) shows the "
         "plate.", [(125.8, None)]),
        ("Exhibit C is the frame at 01:10:03:06, frame 6 within the second, at 24 frames per second.",
         [(4203.25, None)]),
        ("Counsel showed 00:00:41:15 — that is, frame 15 of the 41st second at 30 fps.", [(41.5, None)]),
    ],
    "a frame numbered from the start stays a position": [
        ("At 25 fps, frame 300 is where the barrier lifts.", [(12.0, None)]),
        ("The file runs at 30 fps; frame 12 shows the flash.", [(0.4, None)]),
        ("Both cameras record at 25 fps, and frame 250 of the second camera shows the van.", [(10.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_within_second(text, expected):
    assert found_spans(text) == expected
