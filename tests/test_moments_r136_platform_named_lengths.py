"""A clip called by the platform it was posted to, its length as an adjective before it (blind round 136): "In the
last ten seconds of the 1:20 TikTok the owner reaches the car" is the stretch 70-80 of that video; its "1:20" is the
video's length, as in "the 2:15 clip", not a position. The family: "the M:SS TikTok" names a work by its length as
"the M:SS video" does, and the end forms count from it. A time placed in the TikTok ("at 1:20 in the TikTok", "the
TikTok's 1:20") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timecode before 'TikTok' is the video's length": [
        ("In the final five seconds of the 0:45 TikTok the dog jumps the fence.", [(40.0, 45.0)]),
        ("Her 2:10 TikTok went up on Monday; the crowd surges at 1:02.", [(62.0, None)]),
        ("The last 15 seconds of that 1:30 Tik Tok show the lorry reversing.", [(75.0, 90.0)]),
    ],
    "look-alikes: a time placed in the TikTok stays a position": [
        ("At 1:20 in the TikTok the owner reaches the car.", [(80.0, None)]),
        ("The TikTok's 0:45 shows the dog jumping the fence.", [(45.0, None)]),
        ("In the last ten seconds of the 1:20 clip the owner reaches the car.", [(70.0, 80.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_platform_named_lengths(text, expected):
    assert found_spans(text) == expected
