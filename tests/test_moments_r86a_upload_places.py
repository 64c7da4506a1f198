"""When a video went up, told with where it went (blind round 86): "the video was uploaded to X at 21:52", "posted
to Facebook at 08:15", "shared onto TikTok around 19:03" are clocks of the day, as "uploaded at 21:04" is; a
position said in the same sentence, or a time "in the recording", stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an upload's clock told with its platform": [
        ("The footage was uploaded to X at 22:07, two hours after the blast.", []),
        ("She posted it to Facebook at 08:15 the next day.", []),
        ("A shorter cut was shared onto TikTok around 19:03.", []),
    ],
    "positions beside it stay": [
        ("He posted it to Facebook at 08:15, and at 0:12 the car stops.", [(12.0, None)]),
        ("The video was sent to Ruth; at 0:45 in the recording the door opens.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_upload_places(text, expected):
    assert found_spans(text) == expected
