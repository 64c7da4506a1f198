""""About" closing a clause before a bracketed stamp (blind round 81, lists): "the one everyone talks about (1:35)"
is what is talked about, then where it is: an exact position, not "about 1:35". "At about (4:22)", a hedge before
a spelled offset ("Speaking about 1 hour 5 minutes into the stream") and "straining around [7:05]" still hedge."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a verb of talking's 'about' before a bracket is no hedge": [
        ("Top 3 saves of the night:\n3. The one nobody talks about (2:05)\n2. Fingertip stop (2:40)\n"
         "1. Double block (3:15)", [(125.0, None, False), (160.0, None, False), (195.0, None, False)]),
        ("- the miss everyone was talking about [1:12]", [(72.0, None, False)]),
        ("- the chant we all know about (0:58) from the away end", [(58.0, None, False)]),
    ],
    "near-misses: hedges stay hedges": [
        ("The whistle goes at about (4:22) in the clip.", [(262.0, None, True)]),
        ("Speaking about 1 hour 5 minutes into the stream, she thanks the mods.", [(3900.0, None, True)]),
        ("The motor is straining around [7:05].", [(425.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_talked_about(text, expected):
    assert found_hedged(text) == expected
