"""The video embedded on the page, its length in brackets and then where on the page it sits (blind round 105):
"Watch the video (9:48) above. If you just want the shaping, jump to 4:10". The bracket is the embed's length (the
contract's "the length of a video or clip", as a title's "Teaser (1:36)"), no place in it; a bracketed time after
"the video" with no "above" or "below" may cite a place in it ("he falls in the video (0:45)") and stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an embedded video's bracketed length before above or below": [
        ("Our full tutorial video (14:20) is below; the tricky fold comes at 6:05.", [(365.0, None)]),
        ("Have a look at this clip (2:31) above before you read on.", []),
    ],
    "a bracketed time after the video with no above or below stays a place": [
        ("The keeper slips in the video (0:45) and the striker scores.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_embedded_lengths(text, expected):
    assert found_spans(text) == expected
