"""A list of frame numbers after the plural "frames", in a text that states its frame rate (blind round 134): "We
exported stills from the 25 fps broadcast at frames 1,250, 1,300 and 1,375." Each listed frame is a point at that rate
(50, 52, 55), as "frame 1,300" alone is (round 51's reading); none was read, the plural taken for a count. The
list's commas take a space after them, a number's thousands comma does not. A run of frames stays a range, a bare
plural with one number stays a count, and with no rate stated a frame's number is no time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "each frame of a listed run of frame numbers is a point at the stated rate": [
        ("Shot at 24 fps. We pulled frames 480, 720 and 1,200 for the report.", [(20.0, None), (30.0, None),
                                                                                  (50.0, None)]),
        ("The 50 fps drone file: the mast is visible in frames 2,500, 3,000, 3,250 & 4,000.",
         [(50.0, None), (60.0, None), (65.0, None), (80.0, None)]),
    ],
    "a run of frames, a count and a rateless number keep their readings": [
        ("At 25 fps, the flash lasts frames 1,000 to 1,050.", [(40.0, 42.0)]),
        ("The 30 fps file has frames 900 in all, of which we checked 90.", []),
        ("We pulled frames 480, 720 and 1,200 for the report.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_frames(text, expected):
    assert found_spans(text) == expected
