"""A judged programme named by its discipline, its length before it, is the performance the tape holds whole (blind
round 158): "It is a four-and-a-half-minute free skate, and the fall comes about a third of the way into the
four-and-a-half-minute free skate" (90, approximate). A free skate, a free dance or a rhythm dance is a routine
skated start to finish, filmed whole like round 120's "twelve-minute bracket": its stated length is the length a
fraction or "the last N seconds" counts in, as "the six-minute routine" and "the four-minute short programme" already
were. A skate that is no programme (a skate along the canal) stays no length, and its fraction no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction of a judged programme with its length": [
        ("The club's video of the regional final is worth a look: halfway through the three-minute free dance the "
         "pair lose their footing.", [(90.0, None)]),
        ("Her father's camcorder tape has it all. Roughly a quarter of the way into the four-minute free skate, she "
         "two-foots the triple loop.", [(60.0, None)]),
        ("In the broadcast, three-quarters of the way through their two-and-a-half-minute rhythm dance, the lift "
         "wobbles.", [(112.5, None)]),
    ],
    "the end of a judged programme with its length": [
        ("The recording of the junior final shows a three-minute free skate; in the last 20 seconds of it she lands "
         "the axel.", [(160.0, 180.0)]),
    ],
    "counter-cases: no programme, no length": [
        # a skate in the world, not a programme filmed whole
        ("We filmed our twenty-minute skate along the Rideau; halfway through the skate the ice got slushy.", []),
        # a programme's own position stays a position
        ("In the video, the fall comes at 1:32 of her free skate.", [(92.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_judged_programmes(text, expected):
    assert found_spans(text) == expected
