"""A table's column headed by the question "How long" (blind round 202's replay notes: "| Replay | Local time | What
happens | How long |" over "| 1:55:00–2:03:30 | 10:55–11:03 | Feed zone | 8:30 |"): each row's length, as a
"Length" or "Duration" column already was, in Markdown and HTML tables alike. The column of positions beside it,
and the same words in prose, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a How long column in a Markdown table": [
        ("| Replay | Local time | What happens | How long |\n|---|---|---|---|\n| 0:02:15 | 09:02 | Neutral start | "
         "4 min |\n| 1:55:00–2:03:30 | 10:55–11:03 | Crash in the bunch | 8:30 |", [(135.0, None), (6900.0, 7410.0)]),
        ("| In the video | Song | How long it lasts |\n|---|---|---|\n| 3:10 | Harbour reel | 4:05 |\n"
         "| 7:15 | Slow air | 3:40 |", [(190.0, None), (435.0, None)]),
    ],
    "a How long column in an HTML table": [
        ("<table><tr><th>Starts at</th><th>Scene</th><th>How long</th></tr><tr><td>0:45</td><td>The storm</td>"
         "<td>2:10</td></tr></table>", [(45.0, None)]),
    ],
    "positions left alone": [
        ("| Replay | What happens |\n|---|---|\n| 8:30 | The crash |", [(510.0, None)]),
        ("How long until the crash? It comes at 8:30 in the replay.", [(510.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_how_long_column(text, expected):
    assert found_spans(text) == expected
