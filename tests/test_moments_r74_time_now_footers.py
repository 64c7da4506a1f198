"""A site's or a forum's footer giving the time now (blind round 74): "All times are GMT +1. The time now is 09:41.",
"The time is now 21:40.", "Local time now: 22:15". The clock where the page is read: a time of day, never a position;
a time said to be "now" in the clip, or a clock read in a sentence that places footage first, stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a footer's time now is a time of day": [
        ("Powered by vBulletin\nAll times are UTC +10. The time now is 06:12.", []),
        ("Page 4 of 9 · Jump to page\n\nThe time is now 21:40.", []),
        ("Forum index | Members | Local time now: 22:15", []),
        ("Contact us · Privacy · Server time now: 03:58", []),
    ],
    "a position said in the clip, or beside the clock, stays": [
        ("The time now is 2:10 in the clip and the whistle goes.", [(130.0, None)]),
        ("At 1:12 the time is 2:10 on the dashboard.", [(72.0, None), (130.0, None)]),
        ("The time now is 09:41. The goal comes at 0:45 of the highlights.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_now_footers(text, expected):
    assert found_spans(text) == expected
