"""A length wanted of an edit ("total runtime now 14:52; the client wants under 14:00"), from blind round 58
(`tests/data/moments_genres_round58.jsonl`, lists): a target the cut must come in under, told with want, need, keep
or bring, is a length, as "needs to be under 4 minutes" already was. Sentences written for the family, with
near-misses (something passing under a thing at a position) that stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length wanted of an edit": [
        ("- runtime is 22:10 now; the producer wants under 20:00", []),
        ("The cut is 4:40 and we need it under 4:00.", []),
        ("Keep the trailer below 2:00, please.", []),
        ("The client wanted the edit under 30:00.", []),
        ("Notes: bring the promo under 0:30 for the web.", []),
        # near-misses: under something in the picture, at a position
        ("He ducks under the tape at 2:10 in the video.", [(130.0, None)]),
        ("The car passes under the bridge at 1:40.", [(100.0, None)]),
        ("She keeps it under 2:10 in the clip, then lets go.", [(130.0, None)]),
        ("Bring the music under the dialogue at 3:12.", [(192.0, None)]),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_length_wanted_of_an_edit_is_no_position(text, expected):
    assert found_spans(text) == expected
