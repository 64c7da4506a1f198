"""A minute mark the text says is the game's clock (blind round 112): a rugby league report's "Vake ... stepped three
defenders from dummy-half at the 31-minute mark to make it 12-4 at the break. (That's game time, for the record —
...)". A note opening the next sentence ("That's game time", "That's match time") or a gloss in the mark's own
("(game time)", "in match time") says the mark is the match's minute, no place in any footage. A mark of the replay,
with "game" elsewhere in the text, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a mark told as game time is nothing": [
        ("The Marlins answered through fullback Sione Vake, who stepped three defenders from dummy-half at the "
         "31-minute mark to make it 12-4 at the break. (That's game time, for the record — the Rams' coach was still "
         "arguing about it at 9:45 p.m.)", []),
        ("Vake stepped three defenders at the 31-minute mark (game time) to make it 12-4.", []),
        ("Okafor equalised at the 67-minute mark in match time, though the stream had paused twice.", []),
        ("The red card came at the 40-minute mark. That's match time, not the replay's.", []),
    ],
    "a mark of the footage stays a position": [
        ("In the highlights video, the try comes at the 3-minute mark. The crowd goes wild.", [(180.0, None)]),
        ("At the four-minute mark of the replay the winger breaks clear. It was a brilliant game.", [(240.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_told_game_time(text, expected):
    assert found_spans(text) == expected
