"""Round 50: how reviews state a stretch and a length. A mark said with its unit, then the stretch's end as a bare
length ("from roughly the 35-minute mark to 50 minutes") is one range; a length judged by the reviewer ("runs a lean 1
hr 42 min", "Her debut runs a brisk 88 minutes") is the film's length the end forms count from. Near-misses: a
relative end ("to 10 minutes later"), a debut said at a clock of the day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a mark to a bare length": [
        ("A subplot drags from roughly the 35-minute mark to 50 minutes.", [(2100.0, 3000.0, True)]),
        ("The storm runs from the 10-minute mark until the 14-minute mark.", [(600.0, 840.0, False)]),
        ("From the 2-minute mark to 3 minutes in, nothing happens.", [(120.0, 180.0, False)]),
        # near-miss: the end counted from the start is a relative moment, not the range's end
        ("It went quiet from the 5-minute mark to 10 minutes later.", [(300.0, None, False), (900.0, None, False)]),
    ],
    "a film's length judged": [
        ("The film runs a lean 1 hr 42 min. The final five minutes may divide audiences.",
         [(5820.0, 6120.0, False)]),
        ("Ferris's debut runs 1 hr 42 min. The last ten minutes drag.", [(5520.0, 6120.0, False)]),
        ("The sequel runs a punishing three hours, and the final 20 minutes are a battle.", [(9600.0, 10800.0, False)]),
        # near-misses: a debut at a clock of the day; a race run in a time
        ("She made her debut at 2:30 on Sunday.", []),
        ("His debut was a lean 3:40 in the Olympic final.", []),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_review_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
