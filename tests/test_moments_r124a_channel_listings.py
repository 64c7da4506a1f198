"""A channel's listings, each line opened by the clock a programme goes out at, under a heading that names them as
such (blind round 124: "TONIGHT ON SUPERSPORT\\n18:00 Blitzboks recap\\n19:30 Stormers v Bulls build-up (kick-off
19:45)\\n22:15 Currie Cup classics"). Those are times of day (the contract: "a bare clock time that says when
something happened in the world"), no moment, though the run is shorter than a day's plan and no plan word heads it.
A position told in words after the listings stays a moment; a chapter list that opens at 0:00 stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a channel's listings are clock times, not positions": [
        ("Coming up on Sky Sports Racing\n13:45 Ascot preview\n14:30 The big race live\n16:00 Replays and "
         "reaction", []),
        ("Tonight on ITV4\n20:00 Darts: Premier League night 9\n21:15 Snooker highlights", []),
        ("TV GUIDE — SATURDAY\n06:30 Cartoons\n09:00 Saturday Kitchen\n12:15 Football Focus\nThe recipe segment "
         "starts 14 minutes in on the iPlayer version.", [(840.0, None)]),
        ("What's on this weekend\n19:00 Ice hockey: Giants v Steelers\n21:30 NBA Action", []),
        ("This week on RTÉ2\n19:30 League of Ireland\n21:00 The Sunday Game", []),
        ("On Channel 4 tonight\n21:00 Paralympics\n22:30 Highlights", []),
    ],
    "a chapter list, or listings that name no channel, keep their positions": [
        ("Derby highlights video\n0:00 Intro\n5:15 First try\n12:30 Second try\n20:45 Full time",
         [(0.0, None), (315.0, None), (750.0, None), (1245.0, None)]),
        ("Best bits of the stream:\n19:30 the rage quit\n22:15 the comeback", [(1170.0, None), (1335.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_channel_listings(text, expected):
    assert found_spans(text) == expected
