"""An edit's stamp whose emphasis closes after its colon (round 59's html_md-02): "*Edit 19:40:* fixed" and "<b>Edit
22:05:</b>" are the post's clock, as "*Edit 19:40*:" already was. Positions in the edit's text stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an edit's stamp, emphasised with its colon": [
        ("The best bit is at 1:02:10.\n\n*Edit 19:40:* the link was wrong, fixed now.", [(3730.0, None)]),
        ("The goal is at 12:30.\n\n<b>Edit 22:05:</b> typo.", [(750.0, None)]),
        ("The goal is at 12:30.\n\n**Update 08:15:** added the second angle.", [(750.0, None)]),
    ],
    "near-misses": [
        ("*Edit:* the crash is at 4:15, not 4:05.", [(255.0, None), (245.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_edit_stamp_emphasised_with_its_colon_is_the_post_s_clock(text, expected):
    assert found_spans(text) == expected
