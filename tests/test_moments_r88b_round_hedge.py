"""A clipped "around" (blind round 88): "the roo comes in round the 1:20 mark". Australian and British posts drop
the "a": "round the" before a time hedges it as "around the" does. A bout's or a match's "round 3" ("the" never
follows it) and a body turning "round at 1:20" hedge nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "'round the' before a time hedges it": [
        ("mate the wombat shows up round the 0:45 mark, bottom left", [(45.0, None, True)]),
        ("Round the four-minute mark the kettle starts to whistle.", [(240.0, None, True)]),
        ("it cuts out 'round the 2:10 mark for me too", [(130.0, None, True)]),
    ],
    "a bout's round and a turn round hedge nothing": [
        ("In round 2, at 1:20 in the video, he slips.", [(80.0, None, False)]),
        ("She spins round at 0:52 and waves.", [(52.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_round_hedge(text, expected):
    assert found_hedged(text) == expected
