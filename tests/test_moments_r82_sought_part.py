"""The part the reader wants, told with "it's" (blind round 82): a concert's setlist note "If you just want the log
drum solo, it's around 1h 12m". A compact measure after "it's" is what a thing is ("that's 1h 10m all told"), but
after a condition naming the part sought ("if you just want ...", "if you're only here for ...") it is where that
part is: a position, hedged when the time is. A length said of the whole, or a total asked about, stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the part sought, then where it is": [
        ("If you only want the drum battle, it's about 52m in.", [(3120.0, None)]),
        ("If you're just here for the speeches, it's around 1h 05m 🙏", [(3900.0, None)]),
        ("if u only want the penalty shootout, it's roughly 2h 01m lol", [(7260.0, None)]),
    ],
    "look-alikes: a length or a total stays a length": [
        ("If you need a summary, it's 1h 10m long.", []),
        ("If you want to know the total, it's about 4h 57m.", []),
        ("The whole concert? It's around 2h 06m.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sought_part(text, expected):
    assert found_spans(text) == expected
