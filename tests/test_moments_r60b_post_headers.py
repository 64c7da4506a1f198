"""A forum reply's header naming its author after "from" or "by", then the clock it was posted at ("Reply from
TheRealScoobs, 08:55:", blind round 60 forum-03): when the reply was written, not a position in the clip it talks
about, as a bracketed "Comment — Niamh (14:41):" already is. A time said in the reply's words stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_POST = "At 0:23 in my clip you can see me indicating.\n\n"
FAMILIES = {
    "a reply header's clock": [
        (_POST + "Reply from TheRealScoobs, 08:55:\nWatched it 3 times.", [(23.0, None)]),
        (_POST + "**Comment by @mo at 14:02:**\nNot your fault.", [(23.0, None)]),
        (_POST + "Response from Kerry B, 21:17:\nThe other driver cut across.", [(23.0, None)]),
        (_POST + "> Reply by dashcam_dan · 07:40:\n> Same happened to me.", [(23.0, None)]),
    ],
    "times said in the reply stay positions": [
        (_POST + "Reply from Dave at 1:40: that's where he indicates.", [(23.0, None), (100.0, None)]),
        ("Comment — Niamh (14:41): watch 0:40.", [(40.0, None)]),
        ("The reply from the council at 2:10: nothing.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_reply_header_clocks(text, expected):
    assert found_spans(text) == expected
