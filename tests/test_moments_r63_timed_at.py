"""Round 63: a thing timed at a length ("Critics timed the ovation at nine minutes", "we clocked the applause at
about four minutes") is a measure, as "rated at" one is, not a position; "timed the cut at six minutes in" is one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a thing timed at a length": [
        ("Critics at Cannes timed the standing ovation at eleven minutes; believe it or not.", []),
        ("We clocked the applause at about four minutes, and at 2:10 in the clip she bows.",
         [(130.0, None, False)]),
        ("Fans timed it at 90 seconds, which felt long.", []),
        # near-misses: a position said into the work; a position opening the sentence
        ("The editor timed the cut at six minutes in, where the tone shifts.", [(360.0, None, False)]),
        ("At nine minutes, the ovation starts.", [(540.0, None, False)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_sixty_three_timed_at_families(text: str, expected: list[tuple[float, object, bool]]) -> None:
    assert found_hedged(text) == expected
