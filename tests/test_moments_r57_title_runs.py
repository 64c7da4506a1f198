"""A work's length told with its title as the subject ("The Hollow Place runs 99 minutes") or in a review's opening
participle ("Running at 2 hrs 8 min, ...") is a length: the end forms count from it and it is no position
(round 57, reviews); a delay ("runs 20 minutes late") and a position ("Running at 2 minutes in") stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title runs": [
        ("Night Swimmers runs 104 minutes. The last ten minutes are a single shot of the lake.", [(5640.0, 6240.0)]),
        ("The Long Field lasts 2 hrs 5 min, and the final 15 minutes are a wordless wedding.", [(6600.0, 7500.0)]),
        ("Cold Harbour clocks in at 96 minutes. Its last five minutes belong to the dog.", [(5460.0, 5760.0)]),
    ],
    "running at, opening the sentence": [
        ("Running at 2 hrs 8 min, her third feature is her longest. The last twenty minutes hold a chase.",
         [(6480.0, 7680.0)]),
        ("Running at 98 minutes, the thriller never drags, though the final 10 minutes sag.", [(5280.0, 5880.0)]),
    ],
    "near-misses": [
        ("Running at 2 minutes in, the dog jumps the fence.", [(120.0, None)]),
        ("The Northern Line runs 20 minutes late most mornings. The last 5 minutes of the video show the platform.",
         []),
        ("He was running at 5:40 pace for the first mile.", []),
        # a pronoun is no title: "it" is a work only where one is named before it
        ("Halfway through the rehearsal the heating failed. It runs 3 hours on Sundays.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_title_or_an_opening_participle_states_the_length(text, expected):
    assert found_spans(text) == expected
