"""A clock's reading said again on a twelve-hour dial (blind round 82): a deposition's "Q. The clock on the video says
23:38:12. A. Okay, then 11:38." restates the clock shown on screen, not a position 11 minutes 38 seconds in. An hour
and minutes said right after a clock read to the second, the same time on a twelve-hour dial, in a sentence naming
no footage, is that reading again. Other minutes, a time said in the video, or one said far away stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a reading to the second said again in twelve-hour form": [
        ("Q. And the camera's clock shows 21:14:05?\nA. Yes, so about 9:14.", []),
        ("Q. The timestamp on the footage reads 16:02:40.\nA. Right, 4:02 then.", []),
        ("At 0:31 on the video the stamp reads 13:47:09. Okay, 1:47, that's when I left.", [(31.0, None)]),
    ],
    "other minutes or a time in the footage stay positions": [
        ("Q. The clock on the video says 23:38:12.\nA. Okay. And at 1:12 he leaves.", [(72.0, None)]),
        ("The clock on the tape says 23:38:12. At 11:38 in the video he leaves.", [(698.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_twelve_hour_reading(text, expected):
    assert found_spans(text) == expected
