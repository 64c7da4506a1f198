"""A place's hours told as a range of clocks (blind round 90): "Pool hours are 07:00 to 20:00", "Library hours will
be 09:30 to 17:00". A noun's "hours are" (or "were", "run", "will be") before a range of day clocks makes it opening
hours, no stretch of footage, even on a page that names a clip; a count of hours ("the last two hours are
1:00:00 to 3:00:00 of the stream") is not a place's hours."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a place's hours are times of day": [
        ("The 3 min clip has gone to the police. Gym hours are 07:00 to 19:00.", []),
        ("The 2 min clip is with the SAPS. Braai area hours are 10:00 to 22:00.", []),
        ("The video of the meeting is on the portal. Clinic hours will be 08:30 to 16:30 over the holidays.", []),
    ],
    "a count of hours is not a place's": [
        ("Our 3 hour stream VOD is up. The best two hours are 1:00:00 to 3:00:00 of the stream.",
         [(3600.0, 10800.0)]),
    ],
    "a range in the footage stays": [
        ("In the video, the best bits are 01:10 to 02:20.", [(70.0, 140.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_place_hours(text, expected):
    assert found_spans(text) == expected
