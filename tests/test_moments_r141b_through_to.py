"""A range whose two times are joined by "through to" (blind round 141, an Australian parents' group post): 'Then
from 2:10 through to 2:25 is his second round, where he actually gets one!'. "Through to" is British, Irish and
Australian for "to": the two times are one stretch, as "from 2:10 to 2:25" is, not two points. The same words
between two times of day stay nothing, and "through" alone keeps its old reading."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'from A through to B' is the range A..B": [
        ("In the dashcam video, the lorry drifts across the lane from 0:48 through to 1:05.", [(48.0, 65.0)]),
        ("Have a look from 3:31 thru to 3:50 in the clip and you'll see the fox.", [(211.0, 230.0)]),
        ("In the video, the choir sings from 2:40 through till 3:02.", [(160.0, 182.0)]),
        ("The livestream covers the vows from 1:02:10 through to 1:09:45.", [(3730.0, 4185.0)]),
    ],
    "the nearest wordings keep their reading": [
        # plain "to" and "through" between positions stay ranges
        ("Have a look from 4:02 to 4:30 in the video.", [(242.0, 270.0)]),
        ("In the video, the choir sings from 2:40 till 3:02.", [(160.0, 182.0)]),
        # times of day joined the same way are opening hours, no moment
        ("Lunch is served from 12:30 through to 14:00 in the hall.", []),
        ("The road is shut from 9:00 through to 17:30 each day.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_through_to(text, expected):
    assert found_spans(text) == expected
