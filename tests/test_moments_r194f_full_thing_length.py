"""The whole clip called "the full thing" (blind round 194): Pidgin's "Full thing na 3:05", "The full thing is 4:10"
state its length, as "the whole thing" and "the entire thing" already did."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the full thing's length": [
        ("Around 0:50 di okada man fall. Full thing na 2:40.", [(50.0, None)]),
        ("The full thing is 4:10 and from 1:05 you see the crash.", [(65.0, None)]),
        ("Full thing's 3:30, the goal is at 2:12.", [(132.0, None)]),
    ],
    "a place in it": [
        ("The full thing at 1:40 is where he trips.", [(100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_full_thing_length(text, expected):
    assert found_spans(text) == expected
