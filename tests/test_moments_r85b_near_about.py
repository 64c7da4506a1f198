"""Indian English "near about" for "at about" (blind round 85, a university subreddit): "near about 48 min he says
sections 3-5" is a hedged position, as "at about 48 min" is; so is "near about 1 hr 5 min". After a verb of being or
of lasting, or "for", it is a length ("The recording is near about 48 min long", "for near about 20 minutes")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "near about, a hedged position": [
        ("Yes near about 31 min ma'am explains the derivation.", [(1860.0, None, True)]),
        ("> near about 48 min he says sections 3-5", [(2880.0, None, True)]),
        ("Sir solves it near about 1 hr 5 min, after the break.", [(3900.0, None, True)]),
    ],
    "look-alikes: a length": [
        ("The recording is near about 48 min long.", []),
        ("I waited for near about 20 minutes.", []),
        ("The video runs near about 48 min.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_near_about(text, expected):
    assert found_hedged(text) == expected
