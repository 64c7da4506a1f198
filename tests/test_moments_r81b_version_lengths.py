"""A restored version's length (blind round 80, longform): "a digital restoration that runs 11 minutes 6 seconds"
(a restoration or a remaster runs as a film does) and a title's version with its length in brackets: "The Reel in the
Biscuit Tin (restored, 11:06) can be viewed online". Both are lengths, no moment, and the restoration's is the one
its end forms count from. A bracketed version note after a verb, not a title, still cites a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a restoration or a remaster runs so long": [
        ("The archive's print was restored in 2024, and the restoration runs 48 minutes 10 seconds. The last two "
         "minutes are a dance.", [(2770.0, 2890.0)]),
        ("The remaster runs 1 hour 12 minutes; halfway through the remaster the colour returns.", [(2160.0, None)]),
    ],
    "a title's version and its length in brackets": [
        ("Harbour Lights (remastered, 1:32:10) is out on Friday. The last ten minutes are a storm.",
         [(4930.0, 5530.0)]),
        ("The Long Shore (director's cut, 2 hrs 14 min) plays tonight.", []),
    ],
    "look-alikes stay as they are": [
        ("He falls (restored, 0:47) and gets up.", [(47.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_version_lengths(text, expected):
    assert found_spans(text) == expected
