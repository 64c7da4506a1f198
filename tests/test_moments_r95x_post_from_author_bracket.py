"""A forum post's header naming its author after "from" or "by", then the clock it was posted at in brackets (blind
round 95): "Reply from Curlew88 (14:32): YABU." is when the reply was written, as "**Comment — Niamh (14:41):**"
already was; no position. A bare speaker's label with a bracketed time ("Curlew88 (14:32): ...") is still a timed
transcript turn, and the times inside the post stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a post header's clock": [
        ("My son walks in front of her and stays there until 6:45. AIBU?\n\nReply from Curlew88 (14:32): YABU. It's a"
         " nativity.", [(405.0, None)]),
        ("The goal is at 2:10.\n\nComment by @mo_k [09:12]: no, it's at 2:15 in the replay.",
         [(130.0, None), (135.0, None)]),
        ("Watch from 0:45.\n\n> Post by ana_w (08:03): the fox is at 1:10", [(45.0, None), (70.0, None)]),
    ],
    "a speaker's timed turn": [
        ("The goal is at 2:10.\n\nCurlew88 (14:32): YABU.", [(130.0, None), (872.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_post_from_author_bracket(text, expected):
    assert found_spans(text) == expected
