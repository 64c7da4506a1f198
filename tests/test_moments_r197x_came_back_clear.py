"""A check's result said "clear by" a time (fitted round 112: a judgment walking through bodycam footage, "The
records check came back clear by 9:26, and the canine unit arrived about four and a half minutes after that"): a
result that came back or returned clear is no margin "clear by" 9:26, as a rider clear of the field by 1:03 is; the
clock is the footage's, and the gap after it counts from it. A rider or a team clear by a time stays a margin."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_WALK = "The parties agree on what the video shows. At 2:14 the officer asks for a licence; at 4:50 she returns. "
FAMILIES = {
    "a result come back clear by": [
        (_WALK + "The records check came back clear by 9:26, and the dog arrived about four and a half minutes "
         "after that.", [(134.0, None), (290.0, None), (566.0, None), (836.0, None)]),
        (_WALK + "The warrant search comes back clear by 7:05.", [(134.0, None), (290.0, None), (425.0, None)]),
        (_WALK + "The plate check came back clear by 8:40, and she is released at 9:10.",
         [(134.0, None), (290.0, None), (520.0, None), (550.0, None)]),
    ],
    "left alone": [
        ("Pogačar was clear by 1:03 at the summit of the last climb.", []),
        ("She won the stage clear by 0:41 over Vollering.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_came_back_clear(text, expected):
    assert found_spans(text) == expected
