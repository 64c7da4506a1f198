"""A frame number restated afterwards as a timecode in its own clause (blind round 68): "frame 4,410 of the file, which
at the stated 30 fps is 2:27 into the clip" is two mentions, as a frame restated in words is ("frame 6,480 ... four
and a half minutes in", round 63), and so is one restated bare ("frame 11,650 ..., which is 7:46": two, as round 51's
gold has it; see tests/test_moments_r76_frame_restated_in_words.py). A timecode told first with its frame as proof
("at 0:49.4 — you can see it in frame 2,964", "at 1:02.4 - frame 1,560 -") stays one mention. A timecode alone in
brackets right after the frame ("Frame 1,042 ... (0:34.7)") was one mention here until round 136, whose gold, as
rounds 86, 127 and 134's, counts two (tests/test_moments_r136_frame_bracketed_restatement.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a frame, then its timecode in a clause of its own": [
        ("The key frame is frame 3,750 of the file, which at the stated 25 fps is 2:30 into the clip.",
         [(150.0, None), (150.0, None)]),
        ("Shot at 24 fps, frame 1,440 matters most; that works out at 1:00 into the reel.",
         [(60.0, None), (60.0, None)]),
        ("At 25 fps, frame 2,250 of the dashcam file, which is 1:30 in, shows the van.", [(90.0, None), (90.0, None)]),
        ("At 25 fps, frame 2,250 of the dashcam file, which is 1:30, shows the van.", [(90.0, None), (90.0, None)]),
        ("Frame 2,070 of the 30fps phone video (1:09) shows the van.", [(69.0, None), (69.0, None)]),
    ],
    "look-alikes: the frame as the timecode's proof or aside": [
        ("The 50 fps file: the gate shuts at 0:12.5 and you can see it in frame 625.", [(12.5, None)]),
        ("The dashcam records at 25 fps; at 0:44.2 - frame 1,105 - the lorry brakes.", [(44.2, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_restated(text, expected):
    assert found_spans(text) == expected
