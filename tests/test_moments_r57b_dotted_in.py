"""Minutes and seconds written with a dot and a bare "in" after them, the footage left unsaid ("At 2.40 in, he
pushes the guard"), from blind round 57 (`tests/data/moments_genres_round57.jsonl`, regional): the "in" says the
number counts into the footage, as "2.40 in the clip" does. Sentences written for the family, with near-misses
(a time of day in the afternoon or a town, past the clip's stated length) that stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "dotted minutes and seconds with a bare in": [
        ("The clip lasts about five minutes. At 2.40 in, he pushes the guard.", [(160.0, None, False)]),
        ("At 1.15 in, the lights on the platform go out.", [(75.0, None, False)]),
        ("Around 3.05 in, the crowd surges forward.", [(185.0, None, True)]),
        ("Between 1.10 and 1.25 in, the referee is hidden by the flag.", [(70.0, 85.0, False)]),
        ("The dog turns up at 0.48 in.", [(48.0, None, False)]),
        # near-misses: times of day, a town after "in", a number past the clip's stated length
        ("The train left at 2.40 in the afternoon.", []),
        ("At 4.30 in Reading, police were waiting.", []),
        ("The phone video runs 3 minutes. At 4.31 in, the train arrives.", []),
        ("They checked in at 2.40 and left at 3.15.", []),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_positions_with_a_bare_in(text, expected):
    assert found_hedged(text) == expected
