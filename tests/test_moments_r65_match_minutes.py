"""A match's minute read as a position in blind round 65 (sports-01): a past verb with its object before "at N
minutes" ("poked in the winner at 67 minutes"), as "scored at 67 minutes" already was. Minutes said in the
present, or into footage named in the clause, stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a past verb and its object before the minutes": [
        ("Ortiz headed home the opener at 12 minutes.", []),
        ("Kane slotted in the equaliser at 81 minutes after a long ball.", []),
        ("The keeper dropped the cross at 34 minutes and Diaz pounced.", []),
    ],
    "near-misses stay as they were": [
        ("In the video, the dog drops the ball at 3 minutes.", [(180.0, None)]),
        ("The goal comes at 67 minutes into the broadcast.", [(4020.0, None)]),
        ("The highlights show the winner at 4 minutes.", [(240.0, None)]),
        ("In the clip she dropped the ball at 3 minutes.", [(180.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_match_minutes(text, expected):
    assert found_spans(text) == expected
