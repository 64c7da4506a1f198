"""A frame's number at a rate said by its number alone (blind round 82): a fansub chat's "the sign at frame 4512 ...
(source is 23.976)" is 4512 / 23.976 = 188.188 s. 23.976, 23.98, 29.97 and 59.94 name a video rate with no "fps"
after them, so a frame's number counts at that rate (round 51's rule for stated rates); a frame's number with no rate
stays nothing, a price with the same digits states no rate, and the bare rate is no moment itself."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a frame's number at a bare NTSC rate": [
        ("the logo pops at frame 2877, source is 23.976", [(119.995, None)]),
        ("Master is 29.97. The flash frame is frame 1798 — cut it.", [(59.993, None)]),
        ("Conformed to 59.94; the glitch sits at frame 7193.", [(120.003, None)]),
    ],
    "look-alikes: no rate, a price, or the rate alone": [
        ("The glitch is at frame 2877, no idea of the rate.", []),
        ("Paid $29.97 for the plugin; frame 900 still flickers.", []),
        ("The source is 23.976 and the subs were timed for 25.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_ntsc_rate(text, expected):
    assert found_spans(text) == expected
