"""A play of a match said to be an unhedged offset "in", then "and" a new clause (blind round 126): "Tane's
intercept try is 2m05s in and the match-winning drop goal is the last 20 seconds of it". The play's offset places it
in the highlights, as the hedged "Dusty's mark is about three minutes in and ..." already did; unhedged it was read as
"it was ten minutes in and", a length. Counter-cases: a clause with no play named ("It was ten minutes in and ...")
tells how long something had gone on and stays no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a play is an offset in and a new clause": [
        ("Her header is 1m30s in and the keeper never moves.", [(90.0, None)]),
        ("The winning goal is 4m12s in and the celebrations run to the end of the reel.", [(252.0, None)]),
        ("Okafor's wicket is 7m 40s in and the review takes an age.", [(460.0, None)]),
    ],
    "an offset in and a clause with no play named stays no moment": [
        ("It was ten minutes in and nobody had scored yet.", []),
        ("The wait is ten minutes in and counting.", []),
    ],
    "a play with a hedged offset stays a position": [
        ("The save is about 3m20s in and it's a beauty.", [(200.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_play_offset_in_and(text, expected):
    assert found_spans(text) == expected
