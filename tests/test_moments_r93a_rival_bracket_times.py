"""A rival's finishing time to the hundredth in brackets after their name (blind round 93): a swimming report's
"ahead of Naidoo (1:55.07) from lane 5". After "ahead of", "beating", "edging" and the like, a bracketed m:ss.cc is
the rival's own race time (the contract: race and lap times are no moment), in a sentence that names no footage. A
bracketed time after a name in a sentence about the footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a rival's bracketed time to the hundredth is a race time": [
        ("Okoro won the 800m in 1:58.31, ahead of Mensah (1:58.90) and Boateng (1:59.44).", []),
        ("Tremblay took the 1500m title, edging out Kowalczyk (4:02.17) on the line.", []),
        ("McLeod led from the gun, beating Hughes (2:11.08) for the Scottish title.", []),
    ],
    "a bracketed time after a name in the footage stays a position": [
        ("In the race video, Okafor pulls away from Smith (1:20) on the back straight.", [(80.0, None)]),
        ("In the clip, the pass to Moreau (0:41.5) is where it goes wrong.", [(41.5, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_rival_bracket_times(text, expected):
    assert found_spans(text) == expected
