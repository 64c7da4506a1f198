"""A clipped "about" written with no apostrophe, alone or after "round" (blind round 202: Ottawa Valley "Bout 20
seconds later the OPP show up", Nicaraguan Creole "Round bout 1:15 di whole a di plantain dem fall"): as round 169's
"'bout", it hedges the time it touches. The noun ("the bout", "a bout", "the title bout") hedges nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a bare 'bout' hedges": [
        ("At the 1:20 mark there he's standin' on the roof, eh. Bout 20 seconds later the OPP show up.",
         [(80.0, None, False), (100.0, None, True)]),
        ("Unu check 0:41, di captain jump off. Round bout 1:15 di whole a di plantain dem fall inna di water.",
         [(41.0, None, False), (75.0, None, True)]),
        ("Di video a 3:00 long. Bout 2:10 di police reach.", [(130.0, None, True)]),
        ("In the clip di panga come in at 0:12, an' round bout 0:50 di rope bruk.",
         [(12.0, None, False), (50.0, None, True)]),
    ],
    "the noun stays exact": [
        ("Watch the bout at 2:10 in the video.", [(130.0, None, False)]),
        ("In the replay, a bout 2:10 into the card ends the night.", [(130.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_bout_hedge(text, expected):
    assert found_hedged(text) == expected
