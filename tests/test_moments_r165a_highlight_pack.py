"""A highlights "pack", as British, Irish and Canadian sport calls a highlights package (blind round 165, an OHL
game): "the OHL's five-minute highlight pack is worth it. Halfway through the five-minute highlight pack you'll see
Mathis Leclerc's end-to-end rush" is 150, approximate. "highlight pack" and "highlights pack" name the work, as
"package" and "highlights" already did: its length is stated, and the fractions and end forms count from it. Another
pack ("a six-pack", "the 20-minute ice pack") is no work. A game clock named by its period after "of" ("at 1:10 of
OT", "of the third") stays a game clock, the learned veto not asked, now that the sentence names the pack as footage
(round 55's "at 1:10 of OT, which the highlight pack shows from 3:12 to 3:18")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged, found_spans

FAMILIES = {
    "a highlight pack is a work with a length": [
        ("The Soo Greyhounds beat the Sudbury Wolves 4-3 on Thursday, and the OHL's five-minute highlight pack is "
         "worth it. Halfway through the five-minute highlight pack you'll see Mathis Leclerc's end-to-end rush, and "
         "at 4:01 the winner, scored with 3:12 left in the third. Goalie Jonah Petrie (19) made 38 saves. Tickets "
         "were $22 at the GFL Memorial Gardens.", [(150.0, None), (241.0, None)]),
        ("Our 8-minute highlight pack is up. The penalty is about a quarter of the way through the highlight pack.",
         [(120.0, None)]),
        ("The 8-minute highlights pack from Croke Park is up. The goal comes a quarter of the way through.",
         [(120.0, None)]),
        ("The Super Rugby highlight pack runs 6:24. In the last 30 seconds, the winning try.", [(354.0, 384.0)]),
    ],
    "another pack is no work": [
        ("We bought a six-pack halfway through the second half.", []),
        ("Put the 20-minute ice pack on at 1:10 of the rehab video, then halfway through the video take it off.",
         [(70.0, None)]),
    ],
    "a game clock named by its period stays one beside the highlight pack": [
        ("Overtime was chaos. Calgary hit the post at 1:10 of OT, which the highlight pack shows from 3:12 to 3:18.",
         [(192.0, 198.0)]),
        ("In the highlights video, the goal at 1:10 of the third clip is the best.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_highlight_pack(text, expected):
    assert found_spans(text) == expected


def test_highlight_pack_fraction_is_hedged():
    assert found_hedged(FAMILIES["a highlight pack is a work with a length"][0][0])[0] == (150.0, None, True)
