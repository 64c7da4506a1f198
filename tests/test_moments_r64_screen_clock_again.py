"""A screen's clock named again as that reading (blind round 64): after "the screen shows 14:05", a later "the 14:05
on the phone could be right" is the same reading, not a position; the same digits said at a position ("At 14:05 in
the episode") or as a mark ("the 10:20 mark") stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the reading named again": [
        ("The dashboard clock shows 21:40 as she pulls out. Later a commenter says the 21:40 on the dash is wrong.",
         []),
        ("At 12:30 in the episode the microwave display reads 08:15. Honestly the 08:15 on the microwave is the best "
         "joke.", [(750.0, None, False)]),
        ("Her phone screen shows 14:05 in the scene.\n\nReply: the 14:05 could be right, it's a flashback.", []),
    ],
    "the same digits at a position": [
        ("The wall clock shows 10:20. Skip to the 10:20 mark and you see it.", [(620.0, None, False)]),
        ("The screen shows 14:05. At 14:05 in the episode she hangs up.", [(845.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_screen_clock_again(text, expected):
    assert found_hedged(text) == expected
