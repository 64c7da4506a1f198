"""A part of the footage named by the light it was shot in (blind round 92): "at 1:30 in the night sample the plate
of the ute ahead is a white smear". "in the night" after a clock says a time of day, but "in the night sample", "in
the morning test", "in the evening half" name a part of the video: the time is a position. A clock followed by the
part of the day alone stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock before a part of the footage named by its light is a position": [
        ("The dashcam's footage is decent: at 2:05 in the night sample you can read the sign.", [(125.0, None)]),
        ("Watch 0:40 in the morning test, where the glare washes out the road.", [(40.0, None)]),
        ("In the review video, at 3:12 in the evening portion the colours go muddy.", [(192.0, None)]),
    ],
    "a clock with the part of the day alone stays a time of day": [
        ("We set off at 1:30 in the night and were in Taupo by dawn.", []),
        ("The alarm went at 5:45 in the morning, as always.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_of_day_footage(text, expected):
    assert found_spans(text) == expected
