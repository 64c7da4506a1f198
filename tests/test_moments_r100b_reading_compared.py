"""A time of day compared with a clock read in the picture, in a later clause of the reading's sentence (blind round
100, a hearing's transcript): "The camera's clock reads 22:41:07, which doesn't match the 911 call at 22:39." A
camera's clock read to the second, then another day's clock a little before or after it (a call, an alarm, a
receipt), is the world's time set beside the reading: no position. A position told beside the reading ("at 12:10 in
the video") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a day's clock set beside a clock read to the second is no position": [
        ("In the CCTV at 0:52 the man enters. The camera's clock reads 14:22:10, which is earlier than the alarm at "
         "14:35.", [(52.0, None)]),
        ("At 1:30 the van stops; the dashcam clock shows 07:18:45, but the caller put it at 07:12.", [(90.0, None)]),
        ("Exhibit 4 is the foyer camera. Its clock reads 23:05:33 when she walks in at 0:21, and the taxi receipt "
         "says 22:58.", [(21.0, None)]),
    ],
    "a position told beside the reading stays one": [
        ("The exhibit runs long. The camera's clock reads 22:41:07 at 12:10 in the video.", [(730.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_reading_compared(text, expected):
    assert found_spans(text) == expected
