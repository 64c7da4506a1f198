"""A timecode after a work's possessive "'s", with a verb of its own after it (blind round 127, visual: "so its
0:27 is Upload 1's 0:22"): "the reel's 0:09 shows the flag" is a position in that work, not "the reel is 0:09"
(the contraction's length, which stays: "this video's only 3:20", "the clip's 1:12 long")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's possessive timecode with its own verb is a position": [
        ("The second upload's 0:14 shows the same banner.", [(14.0, None)]),
        ("The livestream's 1:02:40 matches the drone shot.", [(3760.0, None)]),
        ("In short, the mirror's 00:00:51 is where the car turns.", [(51.0, None)]),
    ],
    "a contracted 'is' before a length stays a length": [
        ("This video's only 3:20 but the fall is at 1:05.", [(65.0, None)]),
        ("The clip's 2:10 long and the goal comes at 1:40.", [(100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_possessive_timecode(text, expected):
    assert found_spans(text) == expected
