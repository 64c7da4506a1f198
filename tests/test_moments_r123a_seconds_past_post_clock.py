"""A few seconds later, after a line telling only when the footage was posted (blind round 123): "The 00:01:04:20
timecode in the export (recorded at 25 fps) is where the flash appears. Upload to Telegram: 04:12 Kyiv time. Some 3
seconds later the shockwave hits the camera." A post's clock is no event anyone counts seconds from: a relative in
seconds right after it counts from the footage's moment before, as if the line were not there. After a clock of an
event in the world ("The fire started at 10:05. Ten seconds later ...") it stays the world's, nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "seconds later past a post's clock count from the footage": [
        ("At 0:14 the drone rises. It was posted at 09:40 on Facebook. Twenty seconds later the roof falls.",
         [(14.0, None), (34.0, None)]),
        ("The crane tips at 1:02. Shared to WhatsApp 18:55 WAT. About five seconds later the dust cloud reaches the "
         "street.", [(62.0, None), (67.0, None)]),
    ],
    "seconds later past a world event's clock stay nothing": [
        ("At 0:14 the drone rises. The fire started at 10:05. Ten seconds later the alarm rang.", [(14.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_seconds_past_post_clock(text, expected):
    assert found_spans(text) == expected
