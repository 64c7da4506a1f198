"""A hedged offset opening its sentence in a post that names its footage only by filming it (blind round 202, Brummie:
"My cousin filmed this off the top deck of the 50 ... About a minute in the copper gets out to shoo it"): "filmed
this" names the recording as "this video" would, so "about a minute in", then a subject and its verb, places the
footage. A stay in a place ("in the oven") and a post that films nothing stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a filmed post's hedged offset": [
        ("Alright bab? My cousin filmed this off the top deck of the 50 and honestly it's bostin. At 0:35 a fox just "
         "strolls across the bus lane. About a minute in the copper gets out to shoo it!",
         [(35.0, None, False), (60.0, None, True)]),
        ("My mate recorded this at the match. About a minute in the keeper drops the ball.", [(60.0, None, True)]),
        ("Our Shaz videoed it from the bridge. Roughly thirty seconds in the swan goes for the kayak.",
         [(30.0, None, True)]),
        ("Filmed this at the pier last night. Around two minutes in the seal climbs onto the slipway.",
         [(120.0, None, True)]),
    ],
    "left alone": [
        ("I filmed it for my nan. About ten minutes in the oven is enough to brown it.", []),
        ("About a minute in the queue was freezing, honestly.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_filmed_this_offset(text, expected):
    assert found_hedged(text) == expected
