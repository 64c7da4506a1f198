"""A hedged spoken offset that opens its clause with no comma after "in" ("and a tick over a minute in the taxi
comes through", blind round 61): in a sentence that names the footage it is a position, and "a tick over" hedges
like "just over"; with no footage named in the sentence, "about ten minutes in the sun burns" stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a hedged offset opening its clause in a footage sentence": [
        ("At 0:12 in the doorbell video the gate opens, and a tick over a minute in the dog runs out.",
         [(12.0, None, False), (60.0, None, True)]),
        ("In the dashcam clip, just over two minutes in the lorry swerves left.", [(120.0, None, True)]),
        ("The phone video starts on the quay and about three minutes in the ferry pulls away.",
         [(180.0, None, True)]),
        ("At 0:20 in the bodycam footage he knocks, and roughly a minute in the door opens. Ten seconds later, he "
         "steps inside.", [(20.0, None, False), (60.0, None, True), (70.0, None, True)]),
        ("In the livestream, a tick under two minutes in, the crowd surges.", [(120.0, None, True)]),
    ],
    "no footage named in the sentence, or no hedge": [
        ("About ten minutes in the sun burns your skin.", []),
        ("The clip shows the beach. About ten minutes in the sun burns your skin, she says.", []),
        ("At 0:12 in the doorbell video the gate opens, and ten minutes in the oven sets the glaze.",
         [(12.0, None, False)]),
        ("He waited a tick over a minute in the queue.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_hedged_offset_opening_its_clause(text, expected):
    assert found_hedged(text) == expected
