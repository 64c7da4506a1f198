"""Taglish "mga" ("about") before a time (blind round 93): "Tapos mga 2:10 na dumating yung tanod". Before a
number "mga" hedges it as "about" does, so the position is approximate (the contract's hedges, in the words a
Filipino post uses); "mga 3 minutes lang" after the video is its length and stays nothing, and an unhedged time
beside it stays exact."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "'mga' before a time hedges it": [
        ("Panoorin niyo yung video, mga 0:48 lumabas yung aso sa gate.", [(48.0, None, True)]),
        ("Sa clip, at 0:15 dumaan yung jeep, tapos mga 1:05 bumalik siya.", [(15.0, None, False), (65.0, None, True)]),
    ],
    "'mga' before the video's length stays nothing": [
        ("Yung buong video mga 4 minutes lang, pero sulit panoorin.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_taglish_mga(text, expected):
    assert found_hedged(text) == expected
