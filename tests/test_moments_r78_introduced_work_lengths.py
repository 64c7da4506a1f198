"""A work brought in with an article and its length in brackets (blind round 78): "A volunteer made a highlight reel
of the week (4:36)", "Someone cut a compilation of the season (12:10)": the reel's length, no moment, and the next
sentence walks through it ("Favourite bits: the chick at 1:02 and the eagle at 2:40" are positions, not clocks).
A bracket after a stretch of the day ("at the end of the day (4:36)") still cites a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an introduced work's bracketed length": [
        ("A fan made a highlight reel of the week (3:50). Best bits: the save at 0:42 and the dive at 2:15.",
         [(42.0, None), (135.0, None)]),
        ("Someone cut a compilation of the season (12:10). The last minute has the trophy lift.", [(670.0, 730.0)]),
        ("My cousin filmed a short clip (0:58). Highlights: the cake at 0:20 and the candles at 0:41.",
         [(20.0, None), (41.0, None)]),
    ],
    "look-alikes stay as they are": [
        ("The chick falls over at the end of the day (4:36).", [(276.0, None)]),
        ("At the end of the match (4:36) he cries.", [(276.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_introduced_work_lengths(text, expected):
    assert found_spans(text) == expected
