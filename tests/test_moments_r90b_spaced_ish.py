"""A time's trailing "ish" written as its own word (blind round 90): "my DS was at 9:40 ish in ours", "she comes on
around 3:15 ish". The spaced "ish" hedges the time as "-ish" and "9:40ish" do, lower case only: a capitalised
"Ish" after a time is a name ("at 12:05 Ish Smith scores"), and a word that only starts with "ish" is no hedge."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a spaced 'ish' after a time hedges it": [
        ("In the school video my son is at 9:40 ish, third from the left.", [(580.0, None, True)]),
        ("Watch the clip, the fox walks past at 1:20 ish and stops.", [(80.0, None, True)]),
        ("In the recording the toast starts 14:05 ish.", [(845.0, None, True)]),
    ],
    "a hyphenated or joined 'ish' still hedges": [
        ("In the video she shows up at 3:15ish.", [(195.0, None, True)]),
        ("In the video she shows up at 3:15-ish.", [(195.0, None, True)]),
    ],
    "a name or another word after the time is no hedge": [
        ("In the highlights video, at 12:05 Ish Smith scores.", [(725.0, None, False)]),
        ("In the highlights video, at 12:05 ishaan scores.", [(725.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_spaced_ish(text, expected):
    assert found_hedged(text) == expected
