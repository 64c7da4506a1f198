"""Swahili's "nearly" and "about" on a position in a Sheng post (blind round 197): "Karibu 1:10 the traffic guy
anasimamisha mat" is 70, approximate, as Taglish "mga 2:10" is (round 93) and round 95 read "karibu 0:50"; so is
"takriban 2:05". "Karibu" as a greeting hedges nothing, and a position said plainly stays exact."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "karibu and takriban hedge": [
        ("Cheki 0:34, the makanga is hanging from the door. Karibu 1:10 the traffic guy anasimamisha mat.",
         [(34.0, None, False), (70.0, None, True)]),
        ("Hii clip ni noma, karibu 0:50 the boda guy falls off.", [(50.0, None, True)]),
        ("Takriban 2:05 polisi wanafika kwa video.", [(125.0, None, True)]),
        ("Kwa video, takribani 1:40 dere anaruka nje.", [(100.0, None, True)]),
    ],
    "left alone": [
        ("Karibu tena wasee, the clip at 0:45 shows the goal.", [(45.0, None, False)]),
        ("Karibu Nairobi! The match starts at 3:00 pm.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_swahili_hedge(text, expected):
    assert found_hedged(text) == expected
