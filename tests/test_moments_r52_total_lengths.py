"""A work's length said with "total" after a spoken unit (round 52, `tests/data/moments_genres_round52.jsonl`):
"it's about 4 mins total" is the length a fraction counts from ("a quarter of the way through" = 60, hedged), as
"14:38 total" already was. Sentences written for the family, with look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a spoken length ending in total": [
        ("Footage is on my channel, it's about 6 mins total. The truck swerves halfway through.",
         [(180.0, None, True)]),
        ("Vid's up, 2 minutes total. A third of the way through the bus pulls out, and 5 secs after that it brakes.",
         [(40.0, None, True), (45.0, None, True)]),
        ("The upload is 90 seconds total; in the last 10 seconds the gate shuts.", [(80.0, 90.0, False)]),
        # look-alikes: a time spent, not a work's length; "total" as an adjective
        ("We waited 20 mins total at the lights. Halfway through, it rained.", []),
        ("It was 4 mins total silence.", []),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_a_length_said_with_total(text, expected):
    assert found_hedged(text) == expected
