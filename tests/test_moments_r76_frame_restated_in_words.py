"""A frame number, then its timecode restated in words of its own (blind round 76, as rounds 51, 59 and 60 have it):
"frame 4,608 is the splice where the two rolls were joined (that's 3:12 exactly)", "frame 11,650 ..., which is
7:46", "Frame 1,140 (so 0:38)", "Frame 8,760 — 6:05 into the film —": two mentions of one position. Only a timecode
told first with the frame as its proof is one mention; one alone in brackets right after the frame ("Frame 1,042 of
the drone video (0:34.7)") is two since round 136 (tests/test_moments_r136_frame_bracketed_restatement.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a frame, then its timecode said again in words": [
        ("The transfer is 25 fps. Frame 3,000 is where the two reels meet (that's 2:00 exactly).",
         [(120.0, None), (120.0, None)]),
        ("Shot at 24 fps: frame 1,440, i.e. 1:00, shows the signal.", [(60.0, None), (60.0, None)]),
        ("At 30 fps, frame 900 (so 0:30) is the sharpest.", [(30.0, None), (30.0, None)]),
        ("The phone video is 30 fps. Frame 2,070 of it (1:09) shows the van.", [(69.0, None), (69.0, None)]),
    ],
    "look-alikes: the timecode told first": [
        ("The 50 fps file: the gate shuts at 0:12.5, frame 625.", [(12.5, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_restated_in_words(text, expected):
    assert found_spans(text) == expected
