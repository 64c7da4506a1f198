"""A sport's law or rule named by its pair of numbers is no position (blind round 126): rugby's "hot take on the
50:22 law". Like "a 16:9 frame" or "a 60:40 split" the pair is a ratio naming a thing; a determiner or a possessive
before it and "law", "rule" or "kick" after it say so. Counter-cases: a time before "rule" with no determiner opens a
clause ("At 12:40 rule changes come up", "From 9:30 rules of the game are shown") and stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a law or rule named by a pair of numbers is no moment": [
        ("On the podcast we argue about the 50:22 law at 18:05.", [(1085.0, None)]),
        ("Rugby league's 40:20 kick is back; the highlights show one at 3:12.", [(192.0, None)]),
        ("The league's new 20:20 rule on substitutions starts next season.", []),
    ],
    "a time before rule with no determiner stays a position": [
        ("At 12:40 rule changes come up in the episode.", [(760.0, None)]),
        ("From 9:30 rules of the game are shown in the video.", [(570.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_named_law(text, expected):
    assert found_spans(text) == expected
