"""A hedged spoken offset opening its sentence, then a clause with a longer subject or a progressive verb (blind round
131, a radio phone-in about a video: "About a minute in the lad with the e-scooter is already squaring up to him.").
In a paragraph that named the footage, "about N in" followed by a subject and what it is doing places the footage,
as "Roughly two hours in the difficulty spikes" already did; a stay in a place ("in the oven is enough") and a
sentence naming no footage stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a hedged offset, then a subject and a progressive verb": [
        ("Saw the doorbell footage on the group chat. Roughly thirty seconds in the courier is already kicking the "
         "parcel.", [(30.0, None)]),
        ("The match highlights are online. About three minutes in the keeper with the yellow gloves is waving his "
         "arms at the ref.", [(180.0, None)]),
        ("I watched the CCTV video again. About forty seconds in the man in black starts running.",
         [(40.0, None)]),
    ],
    "a stay somewhere or no footage stays nothing": [
        ("Our bread video is up. About ten minutes in the oven is enough to brown it.", []),
        ("About a minute in the queue was freezing, honestly.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_offset_opens_progressive_clause(text, expected):
    assert found_spans(text) == expected
