"""A future verb only in a reason given after the time, in a sentence naming the footage (blind round 100,
regional, an Indian school circular): "Parents are requested to see the Bharatanatyam item from 12.40 to 16.05 in the
video and the prize distribution at 41.10 only, as the same format will be followed." The future ("will be
followed") is the reason's, set off by ", as"; the clock's own clause asks the reader to look. A future said before
the time ("will be shown at 10.30, as ...") still makes it the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a future only in the reason after the time leaves it a position": [
        ("Recording of sports day shared (duration 35.10 minutes). Kindly see the march past from 3.10 to 4.00 in "
         "the video and the relay at 22.15, since the same track will be used.", [(190.0, 240.0), (1335.0, None)]),
        ("Members are requested to watch the wedding video and the couple's entry at 14.25 only, as the same "
         "programme will be repeated this year. The video is 40 minutes.", [(865.0, None)]),
    ],
    "a future before the time keeps it the day's": [
        ("The video of the function will be shown at 10.30, as the hall will be free then.", []),
        ("The meeting will be at 10:30, as the hall is free in the morning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_future_reason_after(text, expected):
    assert found_spans(text) == expected
