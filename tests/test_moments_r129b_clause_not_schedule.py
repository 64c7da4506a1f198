"""A narrated stretch after a comma and a conjunction, where the event before it has a schedule's word (blind round
129, court): 'It shows the accused boarding at 0:12, and from 1:05 until 1:29 he is standing over the driver's cab
shouting.' "boarding" can label a timetable's item ("Boarding 18:40"), but ", and from 1:05" is the sentence going
on, not the next item of a schedule: a conjunction alone is no item's label. The range is a position. A schedule's
labelled items stay times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a conjunction after a comma goes on narrating the footage": [
        ("The CCTV shows the woman boarding at 0:08, and from 0:51 until 1:14 she argues with the conductor.",
         [(8.0, None), (51.0, 74.0)]),
        ("Exhibit 12 has the defendant at check-in at 2:10, then from 2:35 to 2:58 he waits by the desk.",
         [(130.0, None), (155.0, 178.0)]),
        ("In the doorbell clip the courier arrives at 0:15, and at 0:40 he leaves the parcel.",
         [(15.0, None), (40.0, None)]),
    ],
    "a schedule's labelled items stay times of day": [
        ("Doors 19:00, first act 19:45, headliner 21:00.", []),
        ("Boarding 18:40, and from 19:05 the gate is closed.", []),
        ("Registration 08:30, then at 09:15 the keynote.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clause_not_schedule(text, expected):
    assert found_spans(text) == expected
