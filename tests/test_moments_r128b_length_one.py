"""A work's length told of "one" standing for it (blind round 128): 'Race highlights (the 6-minute one on CBC
Sports): the transition mix-up is about a third of the way through, and Osei's sprint is in the last 40 seconds.'
The family: a length said as "the N-minute one" right after the work's noun (in brackets, after a comma or a dash)
is that work's length, so fractions and first/last forms of the sentence count from it. A time "one minute in" is
no such length, and a work with no length told still yields no end form."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length told of 'one' after the work's noun is the work's length": [
        ("The club's replay (the 12-minute one on their app) has the try in the final 90 seconds.",
         [(630.0, 720.0)]),
        ("There were two recaps; the recap, a 90-second one, puts the save halfway through.", [(45.0, None)]),
        ("Watch the highlights — the 8-minute one — and skip to the last two minutes for the penalties.",
         [(360.0, 480.0)]),
        ("Our podcast (a 40-minute one, sorry) has the interview in the last five minutes.", [(2100.0, 2400.0)]),
    ],
    "counter-cases: a position, or no length told": [
        ("The clip (one minute in) shows the foul clearly.", [(60.0, None)]),
        ("The highlights (the good one on their site) have the goal in the final minute.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_one(text, expected):
    assert found_spans(text) == expected
