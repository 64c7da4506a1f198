"""A place to go, then where to stop watching (round 51's Decisions, as round 67's): "skip to 1:22:05 and watch until
about 1:31:00" tells two points, the second one a point as "until 2:41" alone is; a stretch played "through to" its
end, or one that starts and runs until its end, stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "where to go and where to stop watching": [
        ("For the crash, skip to 2:05 and watch until about 2:40.", [(125.0, None), (160.0, None)]),
        ("Jump to 14:10 and watch till 15:00, that's the whole argument.", [(850.0, None), (900.0, None)]),
        ("Go to 0:45 and play until 1:10 to hear the horn.", [(45.0, None), (70.0, None)]),
    ],
    "stretches left alone": [
        ("Let's go back to 1:58 and play through to 2:30.", [(118.0, 150.0)]),
        ("Rewind to 3:02 and play it to 3:30.", [(182.0, 210.0)]),
        ("The chorus starts at 1:05 and runs until 1:40.", [(65.0, 100.0)]),
        ("In the video he shows up at 0:48 and stays until 1:35.", [(48.0, 95.0)]),
        ("Watch it from 1:22:05 until about 1:31:00.", [(4925.0, 5460.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watch_until(text, expected):
    assert found_spans(text) == expected
