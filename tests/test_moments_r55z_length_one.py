"""A work picked out by its length, "one" standing for its noun (blind round 55, a visual thread and a forum): "the
Mombasa Road protest clip everyone is sharing (the 1:42 one from @kahawa_tv)", "The iPlayer version of her set is
the 1:28:40 one." say which copy by how long it runs, as "the 1:42 clip" would: no position. "One" standing for a
thing in the footage ("In the video, the 2:10 one is offside") keeps its position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work picked out as 'the N one' is its length": [
        ("Thread on the Mombasa Road protest clip everyone is sharing (the 1:42 one from @kahawa_tv)\n\n"
         "1/ It's real. The billboard visible at 0:08 only went up in May.", [(8.0, None)]),
        ("I was at the front on the left. The iPlayer version of her set is the 1:28:40 one.", []),
        ("Which upload did you use, the 12:05 one or the director's cut? The pan is at 3:10.", [(190.0, None)]),
        ("There are two copies of the dashcam video going round — the 0:58 one posted on Facebook is cropped.", []),
        ("The recording on the council site is the 2:41:10 one, not the YouTube mirror.", []),
    ],
    "'one' standing for a thing in the footage keeps its position": [
        ("In the video, the 2:10 one is offside.", [(130.0, None)]),
        ("Two goals are shown at 0:45 and 2:10 in the clip. The 2:10 one is the better finish.",
         [(45.0, None), (130.0, None), (130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_one(text, expected):
    assert found_spans(text) == expected
