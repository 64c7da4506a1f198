"""A time a racer or a crew clocks (blind round 118, a rowing report's headline): "Kiwi eight clocks 5:41.2 at Lake
Karapiro". As "clocked" and "clocking" already were, the present "clocks" before a time tells a race time, no
position. "Clocks in at" (a work's length) and a clip that clocks something at a position stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time a competitor clocks is a race time": [
        ("Chebet clocks 8:21.4 to win the steeplechase heat in Eugene.", []),
        ("Mixed relay: Team GB clocks 3:09.9, a national record.", []),
        ("Nadal's old rival clocks 2:11:05 over the marathon course. The finish is at 4:20 of the BBC clip.",
         [(260.0, None)]),
    ],
    "a clip clocking something at a position stays a position": [
        ("He clocks the full-back at 0:48 of the clip and sprints past.", [(48.0, None)]),
        ("At 1:12 the broadcast clocks the winger at 36 km/h.", [(72.0, None)]),
        ("The trailer clocks in at 2:31; the best shot is at 1:48.", [(108.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clocked_times(text, expected):
    assert found_spans(text) == expected
