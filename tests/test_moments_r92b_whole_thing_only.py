"""Singlish leaves out the copula before a length, "only" after it (blind round 92, a food-video comment): "the
whole thing 1 min only ... Last 10 sec she crack the claw". "The whole thing" is the video and the length is its
length: the end form counts from it; the length is no moment, and "the whole thing 3 times" no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form counts from 'the whole thing N only'": [
        ("Wah the whole thing 2 min only. Last 15 sec the cat jump onto the fridge, so funny.", [(105.0, 120.0)]),
        ("Steady lah, the whole thing 90 sec only, final 20 sec got the drone shot.", [(70.0, 90.0)]),
    ],
    "the length is no moment; a position in it stays one": [
        ("The whole thing 45 sec only, at 0:30 she drops the pan.", [(30.0, None)]),
    ],
    "a count is no length": [
        ("I watched the whole thing 3 times already.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_whole_thing_only(text, expected):
    assert found_spans(text) == expected
