"""A game's own clock in a match recap that also cites its broadcast (blind round 78): a reading named as the game's
after it ("Game 1 — Orbit win (31:05 game time)", "at 12:40 match clock") and a lead told at a game minute without a
score ("4k gold ahead at 20 minutes", "were behind at 15 minutes", "three kills up at 10 minutes"). The broadcast's
positions beside them stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a reading named as the game's clock": [
        ("## Map 2 — Falcons win (27:40 game time)\n\nThe deciding fight is at 1:52:10 on the VOD.", [(6730.0, None)]),
        ("The equaliser came at 64:10 match clock, 1:41:05 into the stream.", [(6065.0, None)]),
    ],
    "a lead told at a game minute": [
        ("Blue side were 6k gold ahead at 25 minutes and still lost.", []),
        ("They trailed at 15 minutes but the Baron fight at 2:04:30 of the broadcast turned it.", [(7470.0, None)]),
        ("Our side was three kills up at 10 minutes.", []),
    ],
    "a position at a spoken minute stays one": [
        ("The stream cuts out at 20 minutes, so skip ahead.", [(1200.0, None)]),
        ("The caster's mic fails at 20 minutes into the VOD.", [(1200.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_game_state_clocks(text, expected):
    assert found_spans(text) == expected
