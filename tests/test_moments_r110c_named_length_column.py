"""A table column headed as the length of a named thing (blind round 110): a festival table's "<th>Set length</th>"
over "<td>1:10</td>". The family: "Set length", "Clip length", "Track duration" head a column of lengths, as "Length"
and "Runtime" do; no cell of it is a position. A position told in another column's prose stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a qualified length column holds lengths": [
        ("<table><tr><th>Band</th><th>Set length</th></tr><tr><td>The Quells</td><td>1:05</td></tr></table>", []),
        ("| Song | Track duration |\n|---|---|\n| Harbour Lights | 4:12 |\n| Low Tide | 3:58 |", []),
        ("| # | Episode | Episode runtime |\n|---|---|---|\n| 1 | Arrival | 52:10 |", []),
    ],
    "a position in another column stays one": [
        ("| Clip | Clip length | Notes |\n|---|---|---|\n| Crowd | 0:24 | the flag at 0:11 |", [(11.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_named_length_column(text, expected):
    assert found_spans(text) == expected
