"""A dotted position with "onwards" after a seller's verb (blind round 98, regional, Singlish): "then the auntie
selling chendol at 4.40 onwards". "selling ... at 4.40" reads as a price, but no price is said "onwards": the word
tells where in the footage to watch from, so the number is a position. A price after the same verb stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'onwards' makes a seller's dotted number a position": [
        ("In the Ipoh hawker video, the uncle selling chee cheong fun at 3.40 onwards is so cute.", [(220.0, None)]),
        ("In the clip, the lady selling putu mayam at 1.15 onwards steals the show.", [(75.0, None)]),
    ],
    "a price after a seller's verb is no position": [
        ("In the clip, the lady is selling putu mayam at 1.15 a packet.", []),
        ("The vendor was selling satay at 2.50 per stick in the video.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_onwards(text, expected):
    assert found_spans(text) == expected
