"""A frame number with its timecode in brackets right after it (blind round 136): "the still in Fig. 2 is frame
2,160 of Clip B (1:12)" with "a 30 fps rate" stated, "frame 480 of the resident's 24 fps file (0:20)". The round's
gold, as rounds 86 ("Frame 1,284 (0:42.8)"), 127 and 134 ("frame 1,300 (00:00:52:00)") before it, counts the frame
and the bracketed timecode as two mentions of one position. A timecode told first, with the frame after it as its
proof ("at 0:44.2 - frame 1,105 -", "you can see it in frame 625"), stays one mention; a frame with no rate stated is
no time, so its bracketed timecode is the only mention."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a frame, then its timecode in brackets: two mentions": [
        ("The export is 25 fps; our Figure 3 is frame 1,875 of the doorbell video (1:15).",
         [(75.0, None), (75.0, None)]),
        ("Shot at 60 fps, frame 3,600 of the helmet-cam file (1:00) shows the rider clip the kerb.",
         [(60.0, None), (60.0, None)]),
        ("The phone records 30 fps. Frame 1,350 [0:45] is where the bus pulls out.",
         [(45.0, None), (45.0, None)]),
    ],
    "look-alikes that stay one mention": [
        ("The 50 fps file: the barrier drops at 0:08.4 and it shows in frame 420.", [(8.4, None)]),
        ("The camera runs at 25 fps; at 0:31.2 - frame 780 - the cyclist swerves.", [(31.2, None)]),
        ("Frame 1,875 of the doorbell video (1:15) shows the parcel.", [(75.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_bracketed_restatement(text, expected):
    assert found_spans(text) == expected
