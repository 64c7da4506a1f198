"""A position kept apart from the day's clocks by a semicolon (blind round 78): "A bus passes around 1:15; the
timetable shows the last one leaving the depot at 23:18", in a text stating a 1 minute 54 second clip: the point is
inside the clip's length and its clause is its own, the other clause's clock an hour past noon that no footage the
text measures reaches. Without a stated length, or past it, it stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a point in its own clause, inside the clip's length": [
        ("Our copy is 2 minutes 10 seconds long. A tram crosses around 1:40; the operator says the last tram left "
         "the depot at 22:55.", [(100.0, None)]),
        ("The clip is 90 seconds long. A siren starts at 0:48; the fire log records the first call at 21:07.",
         [(48.0, None)]),
    ],
    "look-alikes stay as they are": [
        ("A tram crosses around 1:40; the operator says the last tram left the depot at 22:55.", []),
        ("The clip is 90 seconds long. Doors open at 7:30; the show ends at 23:00.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clause_apart_clocks(text, expected):
    assert found_spans(text) == expected
