""""about" as the preposition of a verb of talking, before a stretch or a mark named with "the" (blind round 100,
longform): "The teenager only wants to talk about the last minute of the video" was read as a hedged last minute.
What is talked about is the stretch itself, exact; the rule already said so of a bracketed time ("the goal everyone
talks about (1:35)"). "about" before a number, or after a verb of happening, still hedges."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a stretch or mark talked about is exact": [
        ("The coaches kept arguing about the first minute of the replay.", [(0.0, 60.0, False)]),
        ("Everyone on the thread is talking about the 2:10 mark in the video.", [(130.0, None, False)]),
    ],
    "about before a time happened at, or before a number, still hedges": [
        ("He falls about the 1:40 mark of the video.", [(100.0, None, True)]),
        ("The goal comes in about the last minute of the 6-minute video.", [(300.0, 360.0, True)]),
        ("Speaking about 2 hours 10 minutes into the webcast, the chair calls a break.", [(7800.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_talked_about_stretch(text, expected):
    assert found_hedged(text) == expected
