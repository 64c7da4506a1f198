"""A link with a start time inside a chapter or highlights line's title (blind round 193): "• 1:44:10 — Samoa's
comeback try: youtube.com/watch?v=…&t=1h44m10s if you just want that" names the same moment a second time, as a link
and its prose twin are two mentions elsewhere; a link's start time is a position wherever it stands, not a figure of
the topic as "9:12 Battery life – 9h40m in my test" is."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a link in a line's title": [
        ("Best bits of the final:\n\n0:05:10 Anthem\n0:41:20 First goal, clip here: "
         "youtube.com/watch?v=AbC12dEf&t=41m20s\n1:02:00 Red card",
         [(310.0, None), (2480.0, None), (2480.0, None), (3720.0, None)]),
        ("- 3:15 The drop, jump straight in: https://youtu.be/Xy7Lm0pQ?t=195\n- 6:40 Encore",
         [(195.0, None), (195.0, None), (400.0, None)]),
    ],
    "figures of the topic stay out": [
        ("0:00 Intro\n9:12 Battery life – 9h40m in my test\n12:30 Verdict",
         [(0.0, None), (552.0, None), (750.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_link_in_chapter_title(text, expected):
    assert found_spans(text) == expected
