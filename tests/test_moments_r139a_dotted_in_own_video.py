"""A dotted position said to be in the writer's own video (blind round 139): 'you can see the frame-rate overlay at
6.45 in my video, and the throttling graph from 9.10 to 10.02'. Indian usage writes minutes and seconds with a dot;
"in my video", "in our review video", "in this clip" place the number in footage as "in the video" does, and so the
sentence's other dotted numbers too. A rate that names a measure of the footage or the body ("frame-rate",
"heart rate") is no price before the number; a price's or exchange rate's dotted number stays none, and so does one
said "in my city"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted number in my or our video is a position": [
        ("Full review is up. The fan noise test is at 8.20 in our review video.", [(500.0, None)]),
        ("Watch the heart rate spike at 2.15 in our video of the climb.", [(135.0, None)]),
        ("Battery drain is clear at 3.40 in my video, and the charging graph runs from 11.05 to 12.30.",
         [(220.0, None), (665.0, 750.0)]),
    ],
    "a price, a rate or the writer's day stays none": [
        ("The exchange rate at 3.45 in my video was old news.", []),
        ("The dollar was trading at 1.12 in the video call with traders.", []),
        ("We went to the movies at 7.30 in my city.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_in_own_video(text, expected):
    assert found_spans(text) == expected
