"""A work's length in brackets right after its noun, said to be its copy's on a platform (blind round 170, a wiki
article on a Pakistani drama's episode): "the 38-minute episode (41:20 on YouTube, where a recap is added) is widely
regarded as the turning point" is no moment. "(1:24, first posted on X)" already read as a length with where it was
posted; a time then "on" or "via" a platform's name, closing the bracket or its first clause, is how long that copy
runs. A time in brackets after no work's noun, or placed in the platform's upload with "in", stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's bracket: its length on a platform": [
        ("Written by Farzana Qureshi, the 38-minute episode (41:20 on YouTube, where a recap is added) is widely "
         "regarded as the turning point. At the 12-minute mark her father reads the nikahnama.", [(720.0, None)]),
        ("The 38-minute episode (41:20 on YouTube, where a recap is added) is the turning point.", []),
        ("His keynote video (58:10 on Vimeo; the live stream ran longer) opens with a joke.", []),
        ("The documentary (1:32:00 via Netflix) follows three families.", []),
    ],
    "a place in the upload, or after no work's noun, stays a position": [
        ("The clip (0:45 in the YouTube upload) shows the fall.", [(45.0, None)]),
        ("The goal (0:45 on YouTube) is the best of the season.", [(45.0, None)]),
        ("The episode is on YouTube. At 41:20 on YouTube the recap begins.", [(2480.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_platform_copy_length(text, expected):
    assert found_spans(text) == expected
