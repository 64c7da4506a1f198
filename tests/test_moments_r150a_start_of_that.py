"""A gap counted from the start of the stretch just placed (blind round 150): a Scots hall committee's "Fae 3:30 tae
3:52 ye can see wee Morag ... and Ten seconds efter the start o that, the twa o them near enough tak oot the raffle
table". "after the start of that" (Scots "efter the start o that") names the stretch just placed by a pronoun: the
gap counts from its start, as "ten seconds after that" does (the contract: a range counts from its start). It was
read as an offset from the footage's own start (10 s). "after the start of the video" stays the footage's start,
as does "after the start of the clip"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a gap after the start of the stretch just placed counts from its start": [
        ("Between 1:20 and 1:50 the choir sings the second hymn, and twelve seconds after the start of that, a "
         "phone rings.", [(80.0, 110.0), (92.0, None)]),
        ("From 4:05 to 4:40 the goats climb the roof. About 6 seconds after the start of that bit the kid slips.",
         [(245.0, 280.0), (251.0, None)]),
        ("Fae 0:45 tae 1:10 ye see the pipers, an aboot five seconds efter the start o it, the drone cuts oot.",
         [(45.0, 70.0), (50.0, None)]),
    ],
    "the footage's own start stays the start": [
        ("At 2:10 the crowd sings. About 20 seconds after the start of the video the host waves.",
         [(130.0, None), (20.0, None)]),
        ("The band plays 1:10-1:40 in the clip. Ten seconds after the start of the clip, the title appears.",
         [(70.0, 100.0), (10.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_start_of_that(text, expected):
    assert found_spans(text) == expected
