"""One's commute told in the past (round 59's forum-01): "Left home at 7:40", "got to work by 9:10", "We left the
house at 6:15" are times of the poster's day, even right after positions in a dashcam clip. Footage told in the
present ("at 0:47 he leaves the house", "The car leaves at 2:10 in the video") keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a commute's clock": [
        ("Mad clip. Left home at 7:40 and still saw this on the ring road.", []),
        ("I got to work by 9:10 after sitting behind him for ages.", []),
        ("We left the house at 6:15, the crash happened right in front of us.", []),
        ("At 0:47 he is in the wrong lane. Left home at 7:40, was 25 mins late to work.", [(47.0, None)]),
    ],
    "near-misses": [
        ("Dashcam footage: at 0:47 he leaves the house and at 1:05 he stops.", [(47.0, None), (65.0, None)]),
        ("The car leaves at 2:10 in the video.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_commute_told_in_the_past_is_a_time_of_day(text, expected):
    assert found_spans(text) == expected
