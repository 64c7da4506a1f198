"""A goalkeeper's save, the noun, before a hedged time (blind round 153): a ranked list of an OHL game's saves with
'2. Stick save around 3:50 (the puck hit 140 km/h)'. "save around 3:50" was read as time saved ("the skip saves
runners 0:12", a cost: nothing), but a bare "save" after a noun or an adjective ("Stick save", "the diving save") is
the play, and the time where it is in the clip (230, approximate). "save" the verb, after its subject, a modal or
"to", or opening a command, still tells what a shortcut saves: no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a keeper's save, the noun, then a hedged time is a position": [
        ("Top stops of the night\n1. Glove save at about 1:12\n2. Kick save around 2:40",
         [(72.0, None), (160.0, None)]),
        ("The diving save around 0:58 is the one everyone in Durban is sharing.", [(58.0, None)]),
        ("Hurling: the goalkeeper's point-blank save roughly 4:05 in the RTÉ clip.", [(245.0, None)]),
    ],
    "save the verb still tells time saved": [
        ("Taking the shortcut will save around 3:50 on the lap.", []),
        ("Using the wall clip you save around 0:40 on any% runs.", []),
        ("Save around 2:05 by skipping the cutscene.", []),
        ("This skip saves runners 0:12.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_save_noun(text, expected):
    assert found_spans(text) == expected
