"""The longest or shortest of several works told by its time alone ("The songs — five of them, the longest 5:40 —
slow the second half"), from blind round 57 (`tests/data/moments_genres_round57.jsonl`, regional): a length, not a
position. Sentences written for the family, with near-misses where "at" or "from" places the longest thing in the
footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a superlative of length before a bare time": [
        ("The songs — six of them, the longest 6:05 — drag the second half.", []),
        ("The film has four songs, the shortest 2:10, and none of them lands.", []),
        ("Police released three clips, the longest 1:48.", []),
        ("Of the five trailers, the longest of them 2:31, only one shows the villain.", []),
        ("Three tracks close the album; the longest one: 9:12.", []),
        # near-misses: the longest thing placed in the footage, a position later in the sentence
        ("The longest shot, at 5:40, is the best thing in the film.", [(340.0, None)]),
        ("The longest take starts at 5:40.", [(340.0, None)]),
        ("The longest rally, from 5:40 to 6:10, is in the second set video.", [(340.0, 370.0)]),
        ("Of all the clips, the longest of them 12:10, the fall comes at 1:12.", [(72.0, None)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_the_longest_told_by_its_time_is_a_length(text, expected):
    assert found_spans(text) == expected
