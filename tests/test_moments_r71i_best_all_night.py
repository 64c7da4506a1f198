"""A superlative "all night", then an hours-long position in brackets (blind round 71): in a list of a broadcast's
best moments, "4. Finland's staircase staging, still the best thing all night (at 1:12:40)" places the staging in the
full broadcast, as "the best line of the night at 1:05:20" already did: "all night" after a superlative names the
show, not the hour the clock would be. "all night" with no superlative ("packed all night"), or after "latest", and a
clock of the day's shape keep the day's reading."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("The 6 best moments from Saturday's Eurovision final (full broadcast on YouTube)\n\n"
         "4. Finland's staircase staging, still the best thing all night (at 1:12:40)\n"
         "3. Portugal's 4th place with 311 points - no timestamp, just vibes", [(4360.0, None)]),
    ],
    "a superlative all night/evening/day, then its position": [
        ("The loudest cheer all evening comes at 2:05:10 in the stream.", [(7510.0, None)]),
        ("The funniest line all day, at 1:03:45, is the host's.", [(3825.0, None)]),
        ("Her encore, the most moving moment all night, comes at 1:48:20.", [(6500.0, None)]),
        ("Best tackle all afternoon? Easily Murphy's, at 1:02:07 of the stream.", [(3727.0, None)]),
    ],
    "no superlative, or a clock of the day's shape: the day's": [
        ("The bar was packed all night, at 1:15:00 we left.", []),
        ("The latest train all night, at 1:15:00, was packed.", []),
        ("We queued all night (at 23:40 the doors opened).", []),
        ("The best view of the night at 22:30 from the pier.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_best_all_night(text, expected):
    assert found_spans(text) == expected
