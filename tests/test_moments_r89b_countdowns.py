"""A countdown's reading said as an amount "at" it (blind round 89): "a bell rings at 30 seconds to go", "the horn
sounds at two minutes remaining", "at ten seconds left" is what is left of a speech, a round or a game, not a
position in footage; with the footage named ("ten seconds left in the clip") it stays an end form, and an amount
"at" with no countdown after it stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a countdown's amount is no position": [
        ("Each member gets five minutes; a light flashes at one minute to go.", []),
        ("The buzzer sounds at 15 seconds remaining, and the debater keeps talking.", []),
        ("The referee warns both fighters at ten seconds left in the round.", []),
        ("In the quiz, a chime plays at twenty seconds to spare.", []),
    ],
    "the footage named keeps the end form": [
        ("The clip runs 50 seconds. With ten seconds left in the clip, the dog jumps.", [(40.0, None)]),
    ],
    "look-alikes stay positions": [
        ("At 30 seconds the dog barks at the postman.", [(30.0, None)]),
        ("The light goes green at 45 seconds into the video.", [(45.0, None)]),
        ("At two minutes, the speaker leaves the stage.", [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_countdowns(text, expected):
    assert found_spans(text) == expected
