"""A league's condensed game is a produced cut of the game, a work with a length (blind round 163, a WHL report):
"If you're watching the 11-minute condensed game on CHL TV, ... In the final 45 seconds of the condensed game you
get the OT winner from three angles." Its length said as an adjective was not read (the recap, summary and round-up
were), so the end form had no length to count from. The plural said of every game ("condensed games are about 10
minutes each") is no one work's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the N-minute condensed game is a work's length": [
        ("Kelowna's Jaxon Pelletier scored at 2:41 of overtime. If you're watching the 11-minute condensed game on "
         "CHL TV, the Royals' opener comes four minutes and twelve seconds into it, with 12:31 left in the second "
         "period on the game clock. In the final 45 seconds of the condensed game you get the OT winner.",
         [(252.0, None), (615.0, 660.0)]),
        ("The 14-minute condensed game is up. In the last 30 seconds of it the winner goes in.", [(810.0, 840.0)]),
        ("He scored at 2:41 of overtime; the 9-minute condensed game has it in its final 20 seconds.",
         [(520.0, 540.0)]),
        ("NBA's 12-minute condensed game is on the app. Halfway through the condensed game the lights fail.",
         [(360.0, None)]),
    ],
    "no one work's length": [
        ("The league's condensed games are about 10 minutes each. Halfway through the condensed game the lights "
         "fail.", []),
        ("He scored at 2:41 of overtime in a game that lasted three hours.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_condensed_game(text, expected):
    assert found_spans(text) == expected
