"""A first or last stretch told in Taglish (blind round 165, a barangay league brawl): "Tapos sa last 30 seconds ng
3-minute video, nagbabatuhan na ng tsinelas lol." is 150-180. Tagalog's "sa" (in, at) stands where English puts "in
the", and "ng" (of) where it puts "of the": "sa last 30 seconds ng 3-minute video" reads as "in the last 30 seconds of
the 3-minute video" already did, its own length counted from; "sa first 2 minutes" is the opening range. A stretch of
a game, a meeting or days of a sale stays nothing, as in English."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "Taglish sa ... ng ... reads as in the ... of the": [
        ("Grabe yung away sa liga ng Barangay San Roque kagabi! Sa 1:12 makikita mo si #7 na tinulak yung referee. "
         "Mga 20 seconds later, pumasok na yung mga tanod. Tapos sa last 30 seconds ng 3-minute video, nagbabatuhan "
         "na ng tsinelas lol. Score was 68-65 with 2:10 left sa 4th quarter. Entrance fee ₱20 lang pero sulit ang "
         "palabas haha.", [(72.0, None), (92.0, None), (150.0, 180.0)]),
        ("Ang haba ng vlog, 12 minutes. Sa first 2 minutes puro intro lang.", [(0.0, 120.0)]),
        ("Yung livestream ng fiesta, 2 hours. Sa last 10 minutes ng livestream, nag-fireworks na.",
         [(6600.0, 7200.0)]),
        ("Panoorin niyo yung 5-minute clip. Sa final 15 seconds ng clip, bumagsak yung stage.", [(285.0, 300.0)]),
    ],
    "a stretch of the world told so stays nothing": [
        ("Sa last 30 seconds ng laro, nag-shoot si #7 para manalo.", []),
        ("Sa last 5 minutes ng meeting, nag-away sila.", []),
        ("Ang video ay 3 minutes. Sa last 30 days ng promo, libre ang delivery.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_taglish_edge_span(text, expected):
    assert found_spans(text) == expected
