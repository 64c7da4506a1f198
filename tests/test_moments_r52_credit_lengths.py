"""A film's length in a review's title brackets after its director and year (round 52,
`tests/data/moments_genres_round52.jsonl`): "*Harbour Lights* (dir. Niamh Costello, 2024, 1h 52m)" states the length
that "the final five minutes" counts from, as "(2024, 1h 52m)" already did. Sentences written for the family, with
look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a director, a year and a length in the title's brackets": [
        ("*Low Water* (dir. Ana Ruiz, 2023, 1h 40m)\n\nThe twist comes in the final ten minutes.",
         [(5400.0, 6000.0)]),
        ("Review: *The Kiln* (directed by Tom Hale, 2021, 1:32:00)\n\nIts last 30 seconds are silent.",
         [(5490.0, 5520.0)]),
        # look-alikes: the year alone with the length (already read), and a director with no length
        ("*Low Water* (2023, 1h 40m)\n\nThe twist comes in the final ten minutes.", [(5400.0, 6000.0)]),
        ("*Low Water* (dir. Ana Ruiz, 2023)\n\nThe twist comes at 1:31:10.", [(5470.0, None)]),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_a_credited_title_s_length(text, expected):
    assert found_spans(text) == expected
