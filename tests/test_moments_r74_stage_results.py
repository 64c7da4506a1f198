"""A stage race's result lines (blind round 74): "1. Sizwe Mahlangu (RSA) Kwezi–Umgeni 4:14:33", "1. Thabo van Niekerk
(RSA) Boland Wine 15:02:11": a rank, a rider (with "van", "de" in the name), the country and the team, then the
winner's time under a "result" or "classification" heading. A race time, not a position; a numbered chapter list
with a bracket in a title stays a chapter list."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a result line's team before the time": [
        ("Stage 2 result\n1. Ana de Souza (BRA) Rio Pro 3:44:10\n2. Lee Park (KOR) Seoul Velo s.t.", []),
        ("General classification\n1. Jan van der Berg (NED) Polder–Team 22:10:04\n2. Tom Hale (GBR) Hale & Co +0:41",
         []),
        ("Results, time trial:\n1. Marie Dubois (FRA) Team Lyon Cycling 38:12\n2. Ines Moretti (ITA) Rosa +0:09", []),
    ],
    "a chapter list with a bracket in a title stays": [
        ("Chapters\n1. Intro 0:00\n2. The climb (Alps) Part Two 4:10\n3. Descent 9:30",
         [(0.0, None), (250.0, None), (570.0, None)]),
        ("Video chapters\n1. Breakaway (Km 40) 2:15\n2. Final climb 5:40",
         [(135.0, None), (340.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stage_results(text, expected):
    assert found_spans(text) == expected
