"""A work told by its length after "of", an indefinite article before it (blind round 129, visual): "Camera B, a
TikTok of 0:59, hears it at 0:44". "a TikTok of 0:59" is an upload 59 seconds long (the contract's length of a
video), no position. A still or a frame "of" a time, a work "of" a time placed "into" something, or a definite work
with a time after "of" in it stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an indefinite work of a time is its length": [
        ("A bystander filmed an Instagram reel of 1:05; at 0:40 the roof falls.", [(40.0, None)]),
        ("Witness 2 sent a video of 3:12 by WhatsApp, and the shot is heard at 2:58.", [(178.0, None)]),
        ("Source: a TikTok of 0:47 (since deleted). The banner drops at 0:12.", [(12.0, None)]),
    ],
    "a still, a frame or a placed time stay positions": [
        ("We attach a still of 0:59 from the TikTok.", [(59.0, None)]),
        ("Save a clip of 1:12 into the stream for the desk.", [(72.0, None)]),
        ("Watch the last frame of the video at 0:59.", [(59.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_of_length(text, expected):
    assert found_spans(text) == expected
