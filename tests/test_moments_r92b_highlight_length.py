"""A single cut of highlights, said with its length, is a work an end form counts from (blind round 92): "cut
down to a 14-minute highlight ... in the final two minutes of the 14-minute highlight, the chick makes three
attempts". "highlight" (singular) named no footage, so the length was not found and the end form, of a work it did
not know, yielded nothing. The highlight's length is still no moment; "the highlight of the night" (the best
part of something) stays no work."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form of a highlight with its own length": [
        ("The save everyone is sharing comes in the last 40 seconds of the 6-minute highlight the league posted.",
         [(320.0, 360.0)]),
        ("Channel 9 boiled the four-hour broadcast down to a 12-minute highlight. The dropped catch is in its final "
         "minute.", [(660.0, 720.0)]),
    ],
    "a highlight's length is no moment; a position in it stays one": [
        ("The 8-minute highlight is on the club's site, and at 2:35 the keeper palms it wide.", [(155.0, None)]),
    ],
    "the highlight of something is no work": [
        ("The highlight of the 80-minute match came in the last five minutes of play.", []),
        ("For me the highlight of the evening was the encore.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_highlight_length(text, expected):
    assert found_spans(text) == expected
