"""A part named by a relative clause, then "is" and a hedged offset, in a sentence that has placed parts at timecodes
(blind round 30): "the part about CRDT tombstones starts at 18:22, the benchmark slide is at 31:05, and the Q&A bit
where someone asks about Postgres is around 44 min" lost 44 min. "The bit near 28 min" and "the part comes around 1hr"
placed a part already; "the bit where ... is around 44 min" after a part placed "at" a timecode tells where that part
is, as the list before it does. Alone, or after a clock of the day, it may be how long the part runs, and stays so."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a part where something happens is around a time, after parts placed": [
        ("The talk is worth watching in full, but if you're short on time: the part about CRDT tombstones starts at "
         "18:22, the benchmark slide is at 31:05, and the Q&A bit where someone asks about Postgres is around 44 min.",
         [(1102.0, None, False), (1865.0, None, False), (2640.0, None, True)]),
        ("The goal is at 12:10, and the bit where the keeper argues with the ref is around 14 min.",
         [(730.0, None, False), (840.0, None, True)]),
        ("Skip to 2:30 for the recipe; the part where she burns the onions is roughly 9 minutes.",
         [(150.0, None, False), (540.0, None, True)]),
        ("Sermon notes: the reading starts at 4:05 and the moment when the choir comes in is about 21 minutes.",
         [(245.0, None, False), (1260.0, None, True)]),
    ],
    "the same said alone, after a clock of the day or called long stays a length": [
        ("The bit where they drive to the coast is about 20 min, and it drags.", []),
        ("I got there at 10:15 and the bit where we queued is about 40 min, no joke.", []),
        ("The solo starts at 3:10, and the part where the drummer loses a stick is about 2 minutes long.",
         [(190.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_part_where_is(text, expected):
    assert found_hedged(text) == expected
