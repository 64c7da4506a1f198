"""Round 50: a film about a journey tells its timetable. A departure's clock followed by the arrival's told with its
day ("which departs at 17:00 and arrives at 09:45 the following morning") is the world's timetable even in a
paragraph that names the film; the film's positions beside it stay. Near-misses: a departure and an arrival with no
day words, in the footage ("In the film the ferry departs at 4:10 and arrives at 6:20")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a departure and a next-day arrival": [
        ("The film follows the crossing, which departs at 17:00 and arrives at 09:45 the following morning. Its "
         "best-known sequence, beginning at 11:20, shows the deck.", [(680.0, None, False)]),
        ("The documentary follows the night train, which leaves at 21:40 and gets in at 07:15 the next morning; at "
         "12:30 in the film the guard sings.", [(750.0, None, False)]),
        ("The short follows a flight that departs at 22:05 and lands at 06:30 local time; the storm hits at 4:10.",
         [(250.0, None, False)]),
        # near-miss: no day words, times in the footage
        ("In the film the ferry departs at 4:10 and arrives at 6:20, and the captain waves.",
         [(250.0, None, False), (380.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_timetable_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
