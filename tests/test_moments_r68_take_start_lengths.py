"""A film's take, then its start and its length (blind round 68): "a single take beginning at 1:02:40 and lasting
four minutes" is the range 3760-4000, as "an unbroken take from 4:10 to 6:55" is a range. "Take" there is the shot,
a noun after its determiner, not the verb of a task's time ("it takes 2:30", "Pitching took me 4:30")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a take, then its start and its length": [
        ("The heart of the film is one take beginning at 48:10 and lasting three minutes, a shepherd on a ridge.",
         [(2890.0, 3070.0)]),
        ("Its best scene is a long take that starts at 1:12:05 and runs for two minutes.", [(4325.0, 4445.0)]),
        ("An unbroken take from 22:40 to 25:10 closes the act.", [(1360.0, 1510.0)]),
    ],
    "look-alikes: the verb of a task's time": [
        ("Changing the chain takes 2:30 on a good day.", []),
        ("Plating up took us 4:10 in the end.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_take_start_lengths(text, expected):
    assert found_spans(text) == expected
