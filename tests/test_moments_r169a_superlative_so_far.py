"""A work's length told as the longest or shortest of its kind so far (blind round 169, a Saskatoon curling podcast):
"Episode 33 is our longest yet at just over an hour and twelve minutes." is episode 33's length, not a position, as
"is the shortest of the three at two minutes and twelve seconds" already was. The superlative may take a possessive
("our", "its", "their") and "yet", "so far", "to date" or "ever"; the hedge before the length is part of the length.
A position after a judgment that is no length ("our best yet at 2:10, where ...") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the longest or shortest so far, then the length": [
        ("Episode 33 is our longest yet at just over an hour and twelve minutes. The double takeout in Ep. 33 is "
         "about 1:05:30 in.", [(3930.0, None)]),
        ("The documentary is our longest so far at 2 hours 4 minutes. About 40 minutes in, the dam breaks.",
         [(2400.0, None)]),
        ("This vlog is my shortest ever at 4 minutes 10 seconds, and at 1:02 the goat escapes.", [(62.0, None)]),
        ("Their new podcast episode is their longest to date, at roughly 2 hours and 5 minutes.", []),
    ],
    "a judgment that is no length leaves the position": [
        ("The video is our best yet at 2:10, where the goal goes in.", [(130.0, None)]),
        ("The clip is our favourite, at 1:20 the dog jumps.", [(80.0, None)]),
        ("Our longest rally yet comes at 3:45 in the highlights.", [(225.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_superlative_so_far(text, expected):
    assert found_spans(text) == expected
