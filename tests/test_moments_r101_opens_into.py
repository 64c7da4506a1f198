"""A scene said to open at an offset into the work, then how long it lasts (blind round 101): 'the single-take
market chase that opens roughly 14 minutes into the film and lasts for almost four minutes'. "Opens" is a start, as
"begins" and "starts" are: one range from the offset for the length (approximate where either is hedged). As with
an arrival, only an offset "in" counts: a shop that opens at a clock time is the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part that opens at an offset and lasts a length is a range": [
        ("The heist, which opens about 52 minutes into the movie and runs for nine minutes, is its best stretch.",
         [(3120.0, 3660.0)]),
        ("Her solo opens 1 hour 3 minutes in and lasts 6 minutes.", [(3780.0, 4140.0)]),
        ("Reviewers loved the wedding sequence that opens 40 minutes into the episode and lasts around ten minutes.",
         [(2400.0, 3000.0)]),
    ],
    "an opening in the day, or with no offset, is no range": [
        ("The stall opens at 9:15 and runs for ten minutes of chaos before the rain.", []),
        ("The show opens 20 minutes late and lasts two hours.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_opens_into(text, expected):
    assert found_spans(text) == expected
