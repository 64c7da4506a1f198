"""A spoken offset's "in", then a dialect's way of naming a person as the clause's subject, with no comma (fitted
round 204: a boards.ie thread's "Around 40 seconds in yer man does a backflip off the very top", quoted again in a
reply): the Irish "yer man", "yer wan", "yer one", the Scots "thon boy", "yon wumman", Northern English "me da" open a
clause as a pronoun does ("4 mins in he ..."), so the offset is a position. A stay somewhere stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a dialect subject opens the clause": [
        ("Saw this going round on the Galway Bay FM page. Around 40 seconds in yer man does a backflip off the top.",
         [(40.0, None, True)]),
        ("Fair play to her. About a minute in yer wan climbs the railing and waves.", [(60.0, None, True)]),
        ("Two minutes in yer one in the red coat starts roaring at the bouncer.", [(120.0, None, False)]),
        ("Aye, it's wild. Aboot thirty seconds in thon boy falls aff the pier.", [(30.0, None, True)]),
        ("Roughly 90 seconds in yon wumman wi the dug starts shoutin.", [(90.0, None, True)]),
        ("Our kid filmed it. About two minutes in me da walks straight into the canal.", [(120.0, None, True)]),
    ],
    "left alone": [
        ("Ten minutes in yer oven and the bread is done.", []),
        ("He was grand, about ten minutes in the water and out he came.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dialect_subject_after_in(text, expected):
    assert found_hedged(text) == expected
