"""A thread's post header numbered and signed, its clock ending the line (blind round 69): "#214 BlueLinePete ·
22:18", "#88 kestrel_fan | 09:41", "Post #7 — Orla_M · 23:05". The post's number, its author's handle and the clock
it went up at: when the post was written, not a position in the footage it talks about. The positions in the posts
stay; a numbered chapter whose title is words ("#3 The equaliser · 41:20") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a numbered post header's clock is when it was posted": [
        ("Re: the penalty shout\n\n#88 MarshEndMick · 21:07\nFull replay, 52:40 in. Clear dive.",
         [(3160.0, None)]),
        ("#301 tallyho_kate | 09:41\nYou mean 52:55? At 52:40 he's still running.\n\n#302 MarshEndMick | 09:58\n"
         "fair, 52:55", [(3175.0, None), (3160.0, None), (3175.0, None)]),
        ("Post #7 — Orla_M · 23:05\nThe save is at 1:02:14 on the stream.", [(3734.0, None)]),
    ],
    "a numbered chapter whose title is words stays a position": [
        ("Highlights:\n#1 The opener · 3:20\n#2 The equaliser · 41:20", [(200.0, None), (2480.0, None)]),
        ("#214 shows the dive at 22:18 in the broadcast.", [(1338.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_post_headers(text, expected):
    assert found_spans(text) == expected
