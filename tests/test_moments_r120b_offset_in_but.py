"""A spoken offset "N min in" closed by a contrast or a reason with no comma (blind round 120, a student's lecture
notes: "(she mentioned it at about 35 min in but I missed it)"). "in" then "but", "so", "though", "because" closes
the offset's clause as "and" or "when" already did: a position in the recording. A length told with "was" or "were"
("we were forty minutes in but the bus hadn't moved") and time put into a thing ("I put 31 hours in but") stay
nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an offset in, then but, so or because, is a position": [
        ("The guest makes her best point about 22 mins in but the host talks over her.", [(1320.0, None)]),
        ("Lecture 4 notes: he derived it around 18 min in so rewatch that bit.", [(1080.0, None)]),
        ("The drone shows up roughly two minutes in, though it is faint.", [(120.0, None)]),
        ("The goal is shown seven minutes in because the feed started late.", [(420.0, None)]),
    ],
    "a length told with a copula, or time spent, stays nothing": [
        ("We were forty minutes in but the bus hadn't moved an inch.", []),
        ("I put 31 hours in but never finished the campaign.", []),
        ("The meeting was an hour in so we ordered pizza.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_offset_in_but(text, expected):
    assert found_spans(text) == expected
