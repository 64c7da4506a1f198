"""A match's own time named with no article after "N minutes into" (blind round 197): in a report naming no footage,
"Ewan Baird's volley two minutes into stoppage time earned Aberdeen a point" is match time, as "two minutes into the
second half" already was; so are "into added time", "into extra time", "into overtime". Minutes into the video stay
positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "minutes into a match's time": [
        ("United looked to have won it, but substitute Ewan Baird's volley two minutes into stoppage time earned "
         "Aberdeen a point.", []),
        ("He scored three minutes into added time to seal it.", []),
        ("Ten minutes into extra time, the keeper went off injured.", []),
        ("Three minutes into overtime, Sato scores the winner.", []),
        ("The equaliser came a minute into injury time.", []),
    ],
    "left alone": [
        ("Two minutes into the video, he scores.", [(120.0, None)]),
        ("In the replay, the winner comes at 1:52:10, two minutes into stoppage time.", [(6730.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_into_match_time(text, expected):
    assert found_spans(text) == expected
