"""A spoken offset's bare "in", then a new clause whose subject is a dialect's "you" (blind round 119, Glasgow Scots):
"Aboot 50 seconds in ye can see it flap up oan the pontoon". "ye" (Scots, Irish), "yous"/"youse" (Irish, Scottish,
Australian), Pidgin "una" open the clause as "you" does ("a minute twenty in you can see"), so the offset is a
position; Scots "intae" is "into". Archaic "ye olde" is no pronoun: "ten minutes in ye olde tea room" is a stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a dialect's 'you' opens the clause after a spoken offset's 'in'": [
        ("Did ye see the gannet clip fae Bass Rock? Roughly two minutes in ye'll see it fold and dive.",
         [(120.0, None, True)]),
        ("That hurling replay is savage. About 40 seconds in yous can see the sliotar hit the crossbar.",
         [(40.0, None, True)]),
        ("Check the danfo video. Like 30 seconds in una go see as e jam the gate.", [(30.0, None, True)]),
        ("Youse have to watch the footy clip, a minute in youse can hear the siren go.", [(60.0, None, False)]),
        ("The pipe band video's a belter. Aboot 90 seconds intae the clip ye hear the drones.",
         [(90.0, None, True)]),
    ],
    "no footage clause: a stay somewhere, or a length": [
        ("We spent ten minutes in ye olde tea room before the bus came.", []),
        ("Aboot 50 seconds in, then it's finished. The whole video's only a minute long.", [(50.0, None, True)]),
        ("She lasted about two minutes in the ring before the ref waved it off.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dialect_in_subject(text, expected):
    assert found_hedged(text) == expected
