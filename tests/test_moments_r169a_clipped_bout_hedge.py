"""A clipped "'bout" hedging a time (blind round 169, a Half-Way-Tree bus post in Jamaican Creole): "At 0:22 di bus
driver close di door pon di lady han', and 'bout ten seconds later she start bawl." is 22 and 32, approximate, as
Scots "aboot" and Pidgin "like" already hedged. The apostrophe is part of the hedge: a boxing "bout" before a time
hedges nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "'bout hedges the time it touches": [
        ("Unu see di video from Half-Way-Tree? Di whole ting a 1:45 long. At 0:22 di bus driver close di door pon di "
         "lady han', and 'bout ten seconds later she start bawl.", [(22.0, None, False), (32.0, None, True)]),
        ("Di clip short. At 1:05 di man jump di fence an ’bout twenty seconds later di dog reach.",
         [(65.0, None, False), (85.0, None, True)]),
        ("Watch from 'bout 2:10, when di police come.", [(130.0, None, True)]),
    ],
    "a boxing bout or a hedge on something else": [
        ("The title bout at 2:10 of the stream was stopped early.", [(130.0, None, False)]),
        ("It's 'bout the ten seconds at 0:45 that everyone talks about.", [(45.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clipped_bout_hedge(text, expected):
    assert found_hedged(text) == expected
