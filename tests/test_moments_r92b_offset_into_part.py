"""A timecode, then an offset said into a part of the footage apposed to it (blind round 92, a README for a trim
tool): "in the sample the nearest keyframe is at 0:12.5, half a second into the cut." The offset counts from the
part's start (the section being cut, a scene, a verse): the same moment told again, the timecode the footage's
position. Before, the timecode was set aside as a day's clock and the offset kept as if into the whole footage. A
day's clock restated as a position into the broadcast stays the other way round."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset into a part restates the timecode before it": [
        ("The crash is at 4:02, 90 seconds into the third segment.", [(242.0, None)]),
        ("The solo starts at 2:40, ten seconds into the second verse.", [(160.0, None)]),
        ("Her line is at 6:31 (a second into the scene) and it's inaudible.", [(391.0, None)]),
    ],
    "a day's clock restated into the recording stays the recording's": [
        ("The trouble started at 21:47, about 47 minutes into the broadcast.", [(2820.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_offset_into_part(text, expected):
    assert found_spans(text) == expected
