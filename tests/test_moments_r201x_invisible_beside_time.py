"""A character that draws nothing (a zero-width space, a bidi mark, a word joiner, a soft hyphen: Unicode's format
characters, pasted from CMS pages and chat apps) between a time and the words that place it ("at 2:10\\u200b in the
video", "30 seconds\\u200b into the video", "the four-minute\\u200b video") reads as the space it stands beside: the
same moment and caption as without it (scan.reading_copy)."""

from __future__ import annotations

import pytest

from annotate import extract_moments
from tests.moments_scoring import family_cases

FAMILIES = {
    "an invisible character beside a time reads as the space beside it": [
        ("The gate opens at 2:10\u200b in the video.", [(130.0, None, "The gate opens")]),
        ("The gate opens 30 seconds\u200b into the video.", [(30.0, None, "The gate opens")]),
        ("Halfway through the four-minute\u200b video the lights go out.", [(120.0, None, "the lights go out")]),
        ("The van stops at 14:10\u200e in the livestream.", [(850.0, None, "The van stops")]),
        ("The crowd sings from 1:05\u2060 to 1:40\u2060 in the clip.", [(65.0, 100.0, "The crowd sings")]),
        ("The three-minute\ufeff clip ends badly: in the final 30 seconds the man runs.",
         [(150.0, 180.0, "The three-minute clip ends badly: the man runs")]),
        ("The dog barks at\u200b 0:45 in the footage.", [(45.0, None, "The dog barks")]),
    ],
    "left alone": [
        ("The rally began at 10:45\u200b that morning.", []),
        ("The gate opens at 2:10 in the video.", [(130.0, None, "The gate opens")]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_invisible_beside_time(text, expected):
    found = [(m.start, m.end, m.caption) for m in extract_moments(text)]
    assert found == expected
    # (as the same text without them reads; its quotes and sentences keep them, as written)
    plain = "".join(ch for ch in text if ch not in "\u200b\u200e\u2060\ufeff")
    assert found == [(m.start, m.end, m.caption) for m in extract_moments(plain)]
