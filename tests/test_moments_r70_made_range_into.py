"""A range told with a verb of making (captured, recorded, filmed) and then said to be of or in the footage (blind
round 70): "The attack itself is captured between 7:15 and 7:48 of the compilation". A stretch of the footage, not
when it was made; without "of the compilation" it is when the footage was made ("filmed between 15:20 and 15:40")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range made, then of the footage": [
        ("The assault is captured between 4:12 and 4:39 of the compilation, the court heard.", [(252.0, 279.0)]),
        ("The crash is recorded from 1:05 to 1:30 of the dashcam video.", [(65.0, 90.0)]),
        ("The exchange was filmed between 2:20 and 2:50 in the bodycam footage.", [(140.0, 170.0)]),
    ],
    "a range made, told as the day's clock": [
        ("The footage was filmed between 15:20 and 15:40 on Saturday.", []),
        ("The clip was captured between 9:10 and 9:25 that morning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_made_range_into(text, expected):
    assert found_spans(text) == expected
