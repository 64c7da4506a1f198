"""A verb of winning used as an adjective after a determiner is no match result (blind round 170, a wiki article on a
4-minute 12-second wildlife clip): "The final 20 seconds show the sealed nest with only the female's bill visible"
is 232-252. "sealed" had read as a side sealing a win, so the sentence's final seconds were the match's and nothing
was kept; after "the", "a", "an", "its", "this" or "their" the word names a thing's state ("the sealed envelope",
"a beaten path" aside, "the scored line"), not a result. The verbs said of a side still make the stretch the match's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a participle after a determiner is no result": [
        ("The **Kakamega hornbill video** is a 4-minute 12-second wildlife clip filmed in Kakamega Forest. The "
         "final 20 seconds show the sealed nest with only the female's bill visible.", [(232.0, 252.0)]),
        ("The unboxing is a 6-minute clip. In the last 30 seconds you see a sealed envelope tucked under the lid.",
         [(330.0, 360.0)]),
        ("Her pottery tutorial is a 12-minute upload. The final two minutes show the scored rim being joined to "
         "the handle.", [(600.0, 720.0)]),
        ("The 3-minute Instagram reel ends well: its last 15 seconds show their sealed jars lined up on the "
         "shelf.", [(165.0, 180.0)]),
    ],
    "a side that sealed or scored keeps the stretch the match's": [
        ("The highlights are 8 minutes long. Rovers sealed the win in the final two minutes.", []),
        ("United scored twice in the last ten minutes to take the derby.", []),
        ("They sealed it in the last minute of the 90-minute game.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_participle_not_a_win(text, expected):
    assert found_spans(text) == expected
