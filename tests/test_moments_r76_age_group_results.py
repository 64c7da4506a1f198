"""A schools' results line headed by an age group in the plural, no apostrophe, its distance bracketed (blind round
76): "Senior girls (4,000 m): 1. Aoife Brennan (Scoil Mhuire) 14:22; 2. ...". The header names results as "Women's
10k:" does, so each ranked name's time is a race time. A list whose label is no age group ("Chapters:", "The
girls:") keeps its times as positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an age group's results, ranked": [
        ("Junior girls (3 km): 1. Ciara Walsh (Loreto) 11:48; 2. Emma Doyle 12:02; 3. Sarah Kane 12:15.", []),
        ("Senior boys: 1. Oisín Burke (CBS) 18:40; 2. Darragh Hayes 18:55.", []),
        ("U16 girls (2,500 m): 1. Niamh Ryan 9:31; 2. Aoife Quinn 9:44.", []),
    ],
    "look-alikes: a numbered list that is no result": [
        ("Chapters: 1. Intro 0:00; 2. Setup 1:30; 3. Race 4:10.", [(0.0, None), (90.0, None), (250.0, None)]),
        ("The girls: 1. Anna 0:45 waves; 2. Bea 1:10 jumps.", [(45.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_age_group_results(text, expected):
    assert found_spans(text) == expected
