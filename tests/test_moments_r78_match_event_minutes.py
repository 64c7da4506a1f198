"""A match's event told at its minute (blind round 78): "with the winning goal at 113 minutes", "a penalty came at
78 minutes", "his header at about 12 minutes": the match's clock, not a position in any footage, where the clause
names no footage. "The video shows the goal at 3 minutes" and "the goal at 3 minutes in" stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a match event at its minute is no position": [
        ("City won 3-2 after extra time, the winner at 108 minutes settling it.", []),
        ("United drew 1-1, with the equaliser coming at 89 minutes.", []),
        ("Her try at about 64 minutes was disallowed.", []),
    ],
    "look-alikes stay as they are": [
        ("The highlights video shows the goal at 3 minutes.", [(180.0, None)]),
        ("In the clip, the penalty at 2 minutes in is clear.", [(120.0, None)]),
        ("The goal is at 1:12 in the video.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_match_event_minutes(text, expected):
    assert found_spans(text) == expected
