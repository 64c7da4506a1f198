"""A hockey report's game clock and ice time told with a clause after them (blind round 55, a recap of what a
highlights package leaves out): "a Tyler Myers cross-check at 4:15 of the third that was, let's say, generous" is the
game clock of the third period (the period left unsaid), as "at 4:15 of the third." already was; "Then Hughes,
who'd played 28:40 by that point, took it end to end" is his time on the ice, as "Hughes played 28:40" already was.
A time "of the third clip" or a position in the reel stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a game clock or ice time with a clause after it is no position": [
        ("What isn't in the reel is the penalty that started it: a Tyler Myers cross-check at 4:15 of the third that "
         "was, let's say, generous.", []),
        ("Makar's slash at 12:02 of the second which nobody called decided it.", []),
        ("Then Hughes, who'd played 28:40 by that point, took it end to end and beat Markström five-hole.", []),
        ("Ekblad, who had logged 25:12 so far, blocked the shot with his face.", []),
        ("McDavid, who'd skated 22:40 by then, scored his second on the rush.", []),
    ],
    "a position in the reel stays": [
        ("The reel is four minutes; the hit is at 2:10 of the third clip that Sportsnet posted.", [(130.0, None)]),
        ("The tying goal is at 2:51 of the highlights, which show it from behind the net.", [(171.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hockey_clauses(text, expected):
    assert found_spans(text) == expected
