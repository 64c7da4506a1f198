"""An advert's length told by its verb of running (blind round 98, wiki): "The advert runs 30 seconds." then "In the
final 5 seconds the logo is shown over the sea." An article about a commercial is about the footage: "the advert
runs", "the commercial lasted", "the ad is" state its length, as "a 30-second advert" already did, and the end forms
and fractions count in it. Only the advert's noun right before its verb: a commercial flight, an ad break or a
commercial lease states no footage's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an advert's verb of running states the footage's length": [
        ("The 1987 Kiwi advertisement lasts 60 seconds. In the last 15 seconds a dog runs onto the beach at Piha.",
         [(45.0, 60.0)]),
        ("The commercial ran 40 seconds on TV3. Halfway through, the jingle starts.", [(20.0, None)]),
        ("The Jollof Kitchen ad is 20 seconds. In the final 3 seconds the chef winks.", [(17.0, 20.0)]),
        ("== Production ==\nThe advert lasted 45 seconds in its broadcast cut.[2] The tagline appears in the final 8 "
         "seconds.", [(37.0, 45.0)]),
    ],
    "no advert of its own, no length": [
        ("The commercial flight was 3 hours. In the final 20 minutes we saw the coast.", []),
        ("The ad break runs 4 minutes. In the last minute the presenter returns.", []),
        ("Our commercial lease is 12 months. In the final 30 days the tenant must give notice.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_advert_runs(text, expected):
    assert found_spans(text) == expected
