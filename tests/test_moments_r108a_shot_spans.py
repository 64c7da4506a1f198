"""A film's one long shot given its length as the sentence's subject, then a fraction of it; and a stretch from the
start named with a demonstrative (blind round 108's review of an opening shot): "The shot lasts eleven minutes.",
"Halfway through the shot, by my count, Bisola opens her eyes" (330: half of the shot, which opens the film),
"those first eleven minutes deserve to be studied" (0-660). "a shot that lasts eight minutes" was already read so;
"The first three minutes" is already a range, and "those" points at the same stretch. A match's first minutes
stay the match's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a shot or take said to last is the length its fraction counts in": [
        ("The documentary opens on the harbour. The take runs six minutes. Halfway through the take, a gull lands.",
         [(180.0, None)]),
        ("Her 95-minute film begins with one unbroken shot. The opening shot lasts four minutes. A quarter of the way "
         "into the shot, the door opens.", [(60.0, None)]),
    ],
    "those first (or last) minutes are a stretch of the footage": [
        ("The video is nine minutes long. Those first two minutes are the funniest thing online.", [(0.0, 120.0)]),
        ("The clip runs five minutes, and these last 30 seconds are why it went viral.", [(270.0, 300.0)]),
    ],
    "a match's first minutes stay the match's": [
        ("Those first ten minutes of the final were a blur for the home side.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_shot_spans(text, expected):
    assert found_spans(text) == expected
