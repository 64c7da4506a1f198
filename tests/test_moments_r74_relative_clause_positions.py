"""A relative clause in the past with its object, then the main verb "is at" (blind round 74): "the spill that gifted
Castlemere their goal is at 2:05", "the foul that earned him a red card is at 3:02". The past tense is the clause's;
the present "is at" places the footage. A past main verb ("arrived at 9:05", "was at 9:05") stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a relative clause's object, then 'is at'": [
        ("The spill that handed them their goal is at 2:05.", [(125.0, None)]),
        ("The tackle that cost them the game is at 4:10.", [(250.0, None)]),
        ("The foul that earned Daly a red card is at 3:02.", [(182.0, None)]),
        ("The pass that gave United their equaliser is at about 6:40.", [(400.0, None)]),
    ],
    "a past main verb stays a time of day": [
        ("The storm that hit the town arrived at 9:05.", []),
        ("The ferry that carried them the supplies was at 9:05.", []),
        ("The boats that we filmed from the bridge left at 9:05.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_clause_positions(text, expected):
    assert found_spans(text) == expected
