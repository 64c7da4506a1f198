"""Regional hedges (blind round 84): Irish and British "in the region of nine minutes into the recording" and
Scots "a wee bit after 3:05" hedge the time as "about" and "a bit after" do: approximate positions. A distance "in
the region of 2 km" stays no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "in the region of: approximate": [
        ("The skipper was back aboard in the region of six minutes into the helmet-cam file.", [(360.0, None, True)]),
        ("In the region of 2:40 in the clip the wave hits.", [(160.0, None, True)]),
    ],
    "a wee bit after or before: approximate": [
        ("A wee bit after 3:05 in the video he's in up to his knees.", [(185.0, None, True)]),
        ("The ball lands a wee bit before the 1:30 mark.", [(90.0, None, True)]),
    ],
    "a distance in the region of stays no moment": [
        ("The boat was in the region of 2 km offshore.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_regional_hedges(text, expected):
    assert found_hedged(text) == expected
