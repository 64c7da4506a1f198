"""A hedged spoken offset opening a clause coordinated after a comma (", and about 3 minutes in"), then that clause's
subject and verb with no comma, in a paragraph that named the footage (fitted round 204: a Brummie post's "From 2:05 to
2:30 the whole towpath's crowded round filming, and about 3 minutes in a swan comes and has a go at him"): a position,
as "and then about a minute in a gang-gang cockatoo rocks up" already was (round 131). A stay somewhere, or a paragraph
with no footage named, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a coordinated hedged offset opens its clause": [
        ("Anyone see this video of the narrowboat? From 2:05 to 2:30 the whole towpath's crowded round, and about 3 "
         "minutes in a swan comes and has a go at him.", [(125.0, 150.0, False), (180.0, None, True)]),
        ("Our Kev posted the clip on the group. The first bit is just wind, but roughly a minute in the old fella "
         "starts dancing.", [(60.0, None, True)]),
        ("The drone video's up now. At 0:40 it clears the cliff, and around two minutes in the seals start sliding "
         "off the rocks.", [(40.0, None, False), (120.0, None, True)]),
        ("Watched the livestream again last night. It's slow to start, but about ten minutes in the choir walks "
         "in.", [(600.0, None, True)]),
    ],
    "left alone": [
        ("Anyone see this video? It's a laugh, and about ten minutes in the oven the crust browns.", []),
        ("We went for a walk by the canal, and about 3 minutes in a swan comes at us.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_coordinated_hedged_offset(text, expected):
    assert found_hedged(text) == expected
