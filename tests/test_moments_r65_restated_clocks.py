"""A clock of the day read as a position in blind round 65 (localnews-01): a time told by the day's clock and
restated at once as a different position into the recording ("The trouble started at 21:47, about 47 minutes into
the broadcast"). The restatement is the position; the clock is the day's. The same number told twice, and
positions with no restatement, stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock restated as a position": [
        ("The walkout came at 20:15, roughly 52 minutes into the livestream, as the vote was called.",
         [(3120.0, None)]),
        ("The shouting began at 19:12 (about 40 minutes into the webcast).", [(2400.0, None)]),
        ("Power failed at 14:03 — 12 minutes into the recording — and the feed froze.", [(720.0, None)]),
    ],
    "near-misses stay as they were": [
        ("At 1:05, 65 seconds into the video, the car stops.", [(65.0, None), (65.0, None)]),
        ("At 2:10, the car stops; 30 seconds later it turns.", [(130.0, None), (160.0, None)]),
        ("The first goal is at 3:12 in the highlights, the second at 5:40.", [(192.0, None), (340.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_restated_clocks(text, expected):
    assert found_spans(text) == expected
