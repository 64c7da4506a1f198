"""A list's title line naming the video it comes from, with that video's length closing its brackets (blind round
197): "Top 5 Drua tries of 2025 (from the club's 'Best of the Season' video, 11:48)" is the video's length, as
"(video, 11:48)" is; the entries' stamps below stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the source video's length in the title's brackets": [
        ("Top 5 Drua tries of 2025 (from the club's 'Best of the Season' video, 11:48)\n\n"
         "5. Seru's chip-and-chase against the Chiefs — 1:02\n4. The bump-off — 3:18", [(62.0, None), (198.0, None)]),
        ("Best goals of the term (from our season review video, 14:05)\n- 0:40 the volley\n- 5:12 the header",
         [(40.0, None), (312.0, None)]),
        ("Ten best saves (from the league's highlights reel, 9:30)\n1. 2:10 fingertip save", [(130.0, None)]),
    ],
    "a position in brackets stays": [
        ("He slips on the ice (0:45) and the crowd laughs.", [(45.0, None)]),
        ("Best moment (from 2:10 to 2:40) is the rescue.", [(130.0, 160.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_source_title_length(text, expected):
    assert found_spans(text) == expected
