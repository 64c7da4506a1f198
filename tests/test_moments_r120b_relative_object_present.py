"""A past verb in a relative clause with its object, then the main verb in the present (blind round 120, a longform
piece on a 1986 kapa haka film: "The haka itself, the item that made the judges sit up, starts at exactly 7:48").
The past is the relative clause's ("that made the judges sit up"), the clause's own verb ("starts") is the present a
footage walk-through is told in: a position. Round 110's "the tackle that cost them the game is at 4:10" had only
"is"; any present verb now closes it, after a comma or a bare verb ("sit up") too. A world event's noun keeps its
time of day ("The rally that drew the crowd began at 10:45", "The shop that sold the ticket opens at 9:15")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a relative clause's past, then a present main verb, is a position": [
        ("The solo, the passage that earned the band its encore, begins at 3:52.", [(232.0, None)]),
        ("The save that kept the Rovers in the cup comes at 41:07 on the tape.", [(2467.0, None)]),
        ("The bridge that made the critics take notice kicks in at 2:05.", [(125.0, None)]),
        ("The scene which won the director the award starts at precisely 1:14:20.", [(4460.0, None)]),
    ],
    "a past main verb or a world event stays a time of day": [
        ("The rally that drew the crowd began at 10:45.", []),
        ("The shop that sold the winning ticket opens at 9:15.", []),
        ("The lorry that hit the barrier arrived at 6:40.", []),
        ("Police said the van that struck the parked cars at 6:40 was stolen.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_object_present(text, expected):
    assert found_spans(text) == expected
