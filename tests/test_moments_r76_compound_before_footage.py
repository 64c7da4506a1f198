"""An offset into a broadcast named by a hyphenated compound (blind round 76): "Around 2 hours 18 minutes into the
day-two broadcast". A word of a span in the world ("day", "round", "match") that only opens the compound before a
footage noun is no span: the offset is into the broadcast. The same words as the span itself ("into the day",
"into the match-day walk") stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compound's first word before the footage noun": [
        ("Around 1 hour 40 minutes into the day-one stream, the upset happens.", [(6000.0, None)]),
        ("About 25 minutes into the round-two broadcast, Kim levels.", [(1500.0, None)]),
    ],
    "look-alikes: the span in the world": [
        ("Twenty minutes into the day my phone died.", []),
        ("Ten minutes into the match-day walk, it rained.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compound_before_footage(text, expected):
    assert found_spans(text) == expected
