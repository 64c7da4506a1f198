"""The maker of a video pointing to where they speak of something in it, in the present (blind round 71, chapters):
"Pinned comment: a few of you asked what olive oil I use, I mention it at about 3:30 :)" is 210 s (approximate) in
their video, though the clause before it is past ("asked"). A first person who mentioned something at a time of
the day, in the past, or at a clock of a routine stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's case": [
        ("Pinned comment: a few of you asked what olive oil I use, I mention it at about 3:30 :)",
         [(210.0, None, True)]),
    ],
    "fresh pointers to the maker's own talk": [
        ("Lots of you wanted to know which charger I bought, we go over that at 6:45.", [(405.0, None, False)]),
        ("Someone asked why I switched to resin, I explain it around 7:05.", [(425.0, None, True)]),
        ("Edit: people asked about the tax bit, I briefly cover it at 14:05.", [(845.0, None, False)]),
    ],
    "the day's or the past's mentions stay nothing": [
        ("I mentioned it at lunch at 1:30.", []),
        ("I mention it at 3:30 every day on the radio.", []),
        ("We talked about it at 9:15 before the meeting ended.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_own_talk_at(text, expected):
    assert found_hedged(text) == expected
