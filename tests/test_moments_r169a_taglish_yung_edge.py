"""A first or last stretch told with Tagalog's "yung" or "ang" for "the" (blind round 169, a Cebu lechon video's
steps in Taglish): "Tip: yung last 30 seconds, may bloopers hahaha." under "(Talisay, 22 minutes)" is 1290-1320, as
"sa last 30 seconds ng 3-minute video" already read "in the last 30 seconds of the ... video" (round 165). The
determiner stands where English puts "the"; a stretch of a game or of days stays nothing, as in English."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "yung or ang before first or last": [
        ("Steps sa Cebu lechon video ni Kuya Boyet (Talisay, 22 minutes):\n[01:05] Paglinis ng baboy\n[20:10] Crispy "
         "skin reveal!\nTip: yung last 30 seconds, may bloopers hahaha.", [(65.0, None), (1210.0, None),
                                                                            (1290.0, 1320.0)]),
        ("Ang haba ng vlog, 12 minutes. Yung first 2 minutes puro intro lang.", [(0.0, 120.0)]),
        ("Panoorin niyo yung 5-minute clip. Ang final 15 seconds ng clip, bumagsak yung stage.", [(285.0, 300.0)]),
        ("Yung livestream ng pista, 2 hours. 'Yung last 10 minutes ng livestream, fireworks na.", [(6600.0, 7200.0)]),
    ],
    "a stretch of a game or of days stays nothing": [
        ("Yung last 30 seconds ng laro, nag-shoot si #7 para manalo.", []),
        ("Ang video ay 3 minutes. Yung last 30 days ng promo, libre ang delivery.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_taglish_yung_edge(text, expected):
    assert found_spans(text) == expected
