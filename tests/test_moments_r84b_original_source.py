""""The original" as the recording a clip was taken from (blind round 84): "taken from 23:51 to 24:10 of the
original" is a stretch of that recording, not when a picture was taken; "original" before its own noun ("of the
original plan") names no footage, and "filmed from 15:20 to 15:40" stays when the footage was made."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range taken from the original is a position in it": [
        ("The shared excerpt was taken from 21:40 to 22:05 of the original, with the question cut.",
         [(1300.0, 1325.0)]),
        ("The looped bit is captured from 13:02 to 13:30 in the original and sped up.", [(782.0, 810.0)]),
    ],
    "when the footage was made stays a time of day": [
        ("The photo was taken from 13:51 to 14:10 of the original plan.", []),
        ("The video was filmed from 15:20 to 15:40, the uploader says.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_original_source(text, expected):
    assert found_spans(text) == expected
