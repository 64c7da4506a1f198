"""A recorded game's whole length told after "full game" (blind round 189): "Footage: club Veo, full game `58:40`." is
the length of the club camera's recording of the whole game, not a position; so "Stream: full match 1:32:10". The
full time of something that is no recording ("the full 2:00 of added time") stays no length, and the positions told
after a length stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's notes": [
        ("# U16 camogie video review: Blackrock v Glen Rovers\n\nFootage: club Veo, full game `58:40`.\n\nAt `17:45` "
         "Niamh is on the wing; about 20 seconds later she stops running.", [(1065.0, None), (1085.0, None)]),
    ],
    "fresh whole games": [
        ("Stream: full match 1:32:10. At 12:05 the first try comes.", [(725.0, None)]),
        ("Footage: Hudl, full game 1:05:30.\n\nAt 12:40 we turn it over in midfield.", [(760.0, None)]),
        ("Video: the club's livestream, full fixture `1:48:20`. The equaliser is at 1:31:05.", [(5465.0, None)]),
        ("Recording of the final, whole match 2:01:45; the red card comes at 47:10.", [(2830.0, None)]),
    ],
    "no length: no recording, a position": [
        ("The video shows the full 2:00 of added time.", []),
        ("In the video the full game turns at 1:05:30 when the keeper is sent off.", [(3930.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_full_game_length(text, expected):
    assert found_spans(text) == expected
