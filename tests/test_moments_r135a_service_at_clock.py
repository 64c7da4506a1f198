"""A service named with its clock, "flight at 23:50", in a vlog's chapter line (blind round 135): "18:30 Day 3,
flight at 23:50" in "Itinerary vlog (Singapore, 3 days) — chapters". The chapter's own stamp is a position; the
flight's is when it leaves, a time of day, even though the paragraph names the vlog, since the sentence itself names
no footage. A service watched in the footage ("watch the tram at 06:48"), or its time said of the video, stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a service at a two-digit clock is a time of day": [
        ("Road trip vlog (Scotland, 4 days) — chapters\n00:00 Leaving Glasgow\n06:20 Skye bridge\n"
         "14:10 Day 4, ferry at 21:30 back to Oban\nVideo length 22:40.", [(0.0, None), (380.0, None), (850.0, None)]),
        ("Our Kerala trip video, day by day. On day two we took the sleeper; the train at 20:15 was two hours late.",
         []),
    ],
    "a service seen in the footage stays a position": [
        ("Train vlog, 30 minutes. Watch the tram at 06:48 go past the window.", [(408.0, None)]),
        ("Commute compilation (video, 25 min): the bus at 14:30 cuts across two lanes.", [(870.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_service_at_clock(text, expected):
    assert found_spans(text) == expected
