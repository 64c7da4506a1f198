"""A clock in the picture placed "at" a position, then its reading told right after it (blind round 51): "it looks
more like eight on the wall clock at 3:58:40, 4:41 p.m. by my count" names where the footage shows the clock
(3:58:40), then what it reads (a time of day with a.m. or p.m., after a comma or in brackets, or after "reads").
The first time is a position; the reading stays a time of day. A clock "at" a time with no reading after it, or a
reading that is no time of day, stays the clock's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the clock at a position, its reading after": [
        ("You said 'six hours' but it looks more like eight on the wall clock at 3:58:40, 4:41 p.m. by my count.",
         [(14320.0, None)]),
        ("Check the clock at 1:02:30 (9:14 a.m.) against the one at 1:40:00 (9:52 a.m.).",
         [(3750.0, None), (6000.0, None)]),
        ("On the station clock at 0:45, 6:02 pm, the train is already late.", [(45.0, None)]),
        ("The kitchen clock at 12:05 reads 7:15, so the party is over.", [(725.0, None)]),
        ("Look at the clock on the wall at 22:10 in the episode, it says 3:15 a.m.", [(1330.0, None)]),
    ],
    "the clock's own readings": [
        ("The town hall clock struck at 11:59, 5 minutes early.", []),
        ("The wall clock at 4:41, then 4:43.", []),
        ("The clock showed 4:41, 5:12 p.m. in real life.", []),
        ("The clock at the station read 4:41 p.m.", []),
        ("We stopped the clock at 4:41, 2 seconds short of the record.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_at_then_reading(text, expected):
    assert found_spans(text) == expected
