"""A clip table's column saying where each clip starts in the recording it was cut from (blind round 110): "| # |
Clip | Length | Starts at (in source) |" over "| 1 | Mayor at podium | 0:24 | 14:32 |". The family: a column headed
as a start in the source ("Starts at (in source)", "In point (source)", "Start in original") holds positions in that
source, whatever the row's length cell before it says (the clip's length is not the source's, so a start past it is
no time of the day) and whatever a clock of the day the number could read. The "Length" cell stays a length; a
line-up's plain "Starts at" column, naming no source, stays the evening's clocks."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a start-in-source column holds positions past the row's length": [
        ("Clips in the segment\n\n| Shot | Duration | In point (source) |\n|---|---|---|\n| Goal celebration | 0:18 | "
         "19:45 |\n| Manager interview | 0:35 | 1:02:10 |\n| Fans outside | 0:07 | 08:30 |",
         [(1185.0, None), (3730.0, None), (510.0, None)]),
        ("| Excerpt | Runtime | Begins at (in the stream) |\n|---|---|---|\n| Q&A | 1:10 | 2:14:05 |\n| Closing | 0:50 "
         "| 23:30 |", [(8045.0, None), (1410.0, None)]),
        ("<table><tr><th>Clip</th><th>Length</th><th>Start in original</th></tr><tr><td>Opening speech</td>"
         "<td>0:40</td><td>08:15</td></tr><tr><td>Walkout</td><td>0:22</td><td>21:50</td></tr></table>",
         [(495.0, None), (1310.0, None)]),
    ],
    "a plain start column of a line-up, and a length column, stay no positions": [
        ("Saturday line-up\n\n| Act | Set length | Starts at |\n|---|---|---|\n| The Quells | 0:45 | 19:30 |\n"
         "| Marrow Lake | 1:00 | 21:00 |", []),
        ("| Clip | Length | Notes |\n|---|---|---|\n| Crowd | 0:24 | filmed at 14:32 by a fan |", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_source_start_column(text, expected):
    assert found_spans(text) == expected
