"""A presenter's or a caller's time check told with the words a time check is told with ("It's just gone 6:50 and
...", "it's coming up to 7:15, ...", "it's just after 8:05"): the studio's or the caller's clock, a time of day, as
the bare "It's 7:42" already was (rounds 92, 185, 193). "just gone" hedging a position said of the footage ("just
gone 2:40 in the clip", round 84) stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a time check told with 'just gone', 'just after' or 'coming up to' is a time of day": [
        ("It's just gone 6:50 and the crowd is still outside the ground.", []),
        ("HOST: It's just gone 6:50 and here's Jim on line two.", []),
        ("CALLER: Morning Joe, it's just gone 7:10 and I'm stuck on the N7.", []),
        ("It's coming up to 7:15 and the traffic is bad on the M4.", []),
        ("Welcome back. It's just after 8:05, and the phones are busy.", []),
        ("PRESENTER: It's just gone 6:50 and we're talking about the dashcam video from the Calder Freeway.", []),
        ("ANCHOR (Ruth): it's just past 9:20, and we go over to Kisumu.", []),
    ],
    "left alone": [
        ("Watch the clip from just gone 2:40, when the ferry turns.", [(160.0, None, True)]),
        ("In the video it's just gone 1:20 when he falls.", [(80.0, None, True)]),
        ("It's just gone 2:10 into the video before anything happens.", [(130.0, None, True)]),
        ("It was just gone 3:15 p.m. when the bus arrived.", []),
        ("It's 7:42 and the traffic is heavy.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_check_just_gone(text, expected):
    assert found_hedged(text) == expected
