"""Frames named by number where the text states a frame rate are positions (round 51's decision, missed until round
57's wiki): "frame 96" at 18 fps is 5.33 s in, "frames 313 to 330" the stretch between, at the rate said nearest the
frame; a frame count ("Frames 479") and a frame number with no rate stated are no time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a frame at the stated rate": [
        ("The reel was shot at 24 fps. At frame 2,160 the gate swings open.", [(90.0, None)]),
        ("Shot at 16 frames per second, the clip shows the horse clearing the fence at frame 40.", [(2.5, None)]),
        ("The camera records at 30 fps. Frame no. 450 shows the plate clearly.", [(15.0, None)]),
    ],
    "a run of frames": [
        ("The home movie runs at 18 frames per second. Frames 36 to 54 are out of focus.", [(2.0, 3.0)]),
    ],
    "the rate said nearest the frame": [
        ("The drone shot at 25 fps; the yard camera records at 15 fps. On the yard camera, at frame 900 (it runs "
         "at 15 fps) the roof lifts.", [(60.0, None)]),
    ],
    "a frame restated in words is a second mention": [
        ("Shot at 18 fps, the flare bursts at frame 312 (17.3 seconds into the reel).", [(17.333, None), (17.3, None)]),
    ],
    "near-misses": [
        # a frame restating a timecode of its sentence: the timecode alone
        ("The dashcam records at 25 fps; at 1:02.4 - frame 1,560 - the van swerves.", [(62.4, None)]),
        ("At frame 96 the car appears.", []),
        ("The scan at 24 fps holds Frames 479 in all.", []),
        ("The reel was shot at 24 fps and has 2,400 frames; its frame rate matters.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_numbered_frame_at_a_stated_rate_is_a_position(text, expected):
    assert found_spans(text) == expected
