"""A stretch that kicks off at an offset and goes on for a length (fitted round 112: "The crowd singing the last
chorus ... kicks off about two and a half hours in and goes for roughly three minutes" is 9000-9180, approximate, as
"starts about two and a half hours in and goes for" is): "kicks off" and "gets going" open a start-plus-length like
"starts", as an arrival does, with an offset into the footage only; a match kicking off at a clock of the day stays
the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch kicking off at an offset": [
        ("The singalong kicks off about two and a half hours in and goes for roughly three minutes.",
         [(9000.0, 9180.0)]),
        ("The fight kicks off 41 minutes into the stream and lasts about 90 seconds.", [(2460.0, 2550.0)]),
        ("The encore gets going around 1 hour 50 minutes in and runs for six minutes.", [(6600.0, 6960.0)]),
        ("On the replay, the second half kicks off 58 minutes in and goes on for about 45 minutes.",
         [(3480.0, 6180.0)]),
    ],
    "left alone": [
        ("The match kicks off at 19:45 and lasts 90 minutes.", []),
        ("The party gets going at 21:00 and runs for three hours.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_kicks_off_for(text, expected):
    assert found_spans(text) == expected
