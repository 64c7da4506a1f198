"""A broadcaster's special with its length ("About halfway through the 84-minute special", a leftover of blind round
57): a work whose length a fraction or an end form counts in, as a film's; "special" the adjective ("a 10-minute
special offer") states no work's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a special's length": [
        ("Roughly halfway through the 90-minute special, the band walks off.", [(2700.0, None, True)]),
        ("Halfway through the 60-minute comedy special the mic dies.", [(1800.0, None, True)]),
        ("The network's 40-minute special is out. Halfway through the special, the host cries.",
         [(1200.0, None, True)]),
        ("Two 50-minute specials aired. A third of the way through the first, the choir enters.",
         [(1000.0, None, True)]),
        ("The 30-minute special ends on a duet. In the last 2 minutes of the special the lights dim.",
         [(1680.0, 1800.0, False)]),
    ],
    "special the adjective": [
        ("A 10-minute special offer opened the sale. Halfway through the talk he leaves.", []),
        ("The 20-minute special effects reel is long. Halfway through the 8-minute clip the rig falls.",
         [(240.0, None, True)]),
        ("Halfway through the 10-minute walk to the station I turned back.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_special_has_a_length(text, expected):
    assert found_hedged(text) == expected
