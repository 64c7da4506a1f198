"""Decimal odds after a betting market are a price, no position (blind round 126): "Betting preview: Man City -1.5 at
2.10, BTTS 1.72." The market before "at" (a handicap or a points line, "to win", "BTTS", "each-way") or a bettor's
word close before it says the dotted number is what a stake pays, as "priced at 4.50" or "odds of 2.10" already do,
even where the paragraph tells a video's length. Counter-cases: dotted positions in a sentence with no market stay
positions, and a market's words with the number said in the footage ("picks Chiefs +3.5 at 4.05 in the clip") stay
one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "decimal odds after a betting market are no moment": [
        ("Saturday acca: Leinster -7.5 at 1.50 and the Bulls to win at 2.05. The 6-minute preview video has the "
         "lineout move at 2.20.", [(140.0, None)]),
        ("Punters' corner: Chiefs +3.5 at 1.55, then over 44.5 points at 1.45. Our 12-minute film breakdown is worth "
         "it.", []),
        ("Value pick: BTTS at 1.40, and Draper each-way at 9.50 in the tennis. Highlights (8 mins) below.", []),
        ("We backed Sundowns at 2.25 before kick-off; the 10-minute highlights package is up.", []),
    ],
    "dotted positions with no market, or said in the footage, stay positions": [
        ("In the 5-minute clip, the striker shoots at 2.10 and the keeper saves at 2.15.", [(130.0, None),
                                                                                          (135.0, None)]),
        ("In the 9-minute betting video, the tipster picks Chiefs +3.5 at 4.05 in the clip.", [(245.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_betting_odds(text, expected):
    assert found_spans(text) == expected
