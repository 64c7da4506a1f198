"""A forum post's header naming its author, then its clock with no mark between, is when the post went up (blind
round 158): boards.ie's "Reply from TheBoyWonder 22:59" and "Reply from Mullet_Cap 23:05" head replies in a thread
about a lotto-draw stream whose positions are "1h12m in" and "at 1:13:05". The header is the family
"Reply by tundra_tam » 11:32 am" already was, written without the » or the dash: only the day's words (a weekday, a
date, a calendar emoji) may stand between the author and a clock that closes the line. A clock in the post's own
words, or one that does not close the header's line, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a header's clock right after its author is the post's time": [
        ("Reply from KiwiKarl 21:48\nNah mate, the ref's whistle is at 37:10 in the replay.", [(2230.0, None)]),
        ("Comment by lagos_lad 07:15\nThe drone shot starts 2:05 in.", [(125.0, None)]),
        ("Message from dunedin_dan 23:40\nAt 1:02:15 of the stream the lights go out.", [(3735.0, None)]),
        ("Reply from Sione Tupou 18:02\nYeah the knock-on is obvious at 54:30 of the stream.", [(3270.0, None)]),
    ],
    "the day's words may stand between": [
        ("Posted by ana_w Tue 14 Oct 08:12\nThe crash is at 3:10 in the dashcam clip.", [(190.0, None)]),
        ("Reply from Grainne_B 📅 12 Mar 2026 19:45\nThe penalty is 48:20 into the stream.", [(2900.0, None)]),
    ],
    "counter-cases: a position in the post stays one": [
        # the clock does not close the header's line: it is the reply's content
        ("Reply from Sione — check 14:20 in the replay, the pass is forward", [(860.0, None)]),
        # a header with no clock, the position on the next line
        ("Reply from Sione Tupou\nthe knock-on is at 54:30 of the stream", [(3270.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_post_headers(text, expected):
    assert found_spans(text) == expected
