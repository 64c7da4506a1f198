"""A spelled range opened by "from", one end said in two units (blind round 194): "From four minutes to four minutes
and twenty-five seconds, the daughter is pleading" is one range, as "Between three minutes and three minutes forty
seconds" already was (round 177). A "from" further in, after a measure, stays a change of a measure."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clause-opening from range": [
        ("From two minutes to two minutes and forty seconds, the officer is shouting.", [(120.0, 160.0)]),
        ("In the footage the crowd gathers; from three minutes to three minutes and ten seconds the van reverses.",
         [(180.0, 190.0)]),
        ("From one minute ten seconds to two minutes, the steward waves them through.", [(70.0, 120.0)]),
    ],
    "a measure's change is no range": [
        ("Response times went from eight minutes to nine minutes and thirty seconds.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_spelled_range_one_unit(text, expected):
    assert found_spans(text) == expected
