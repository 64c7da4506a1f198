"""A table's Length column holds lengths (blind round 197): in an HTML table whose header row is bold cells under a
title row spanning the table, as in a Markdown table, the "Length" cells are how long each item runs, while the
"Starts at" cells stay positions in the one upload."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_HTML = ('<table class="newsletter">\n<tr><th colspan="3">Community TV &mdash; this week</th></tr>\n'
         "<tr><td><b>Show</b></td><td><b>Starts at</b></td><td><b>Length</b></td></tr>\n"
         "<tr><td>Oyster festival</td><td>0:00</td><td>14:20</td></tr>\n"
         "<tr><td>Brass band concert</td><td>14:20</td><td>22:05</td></tr>\n"
         "<tr><td>Winter walk</td><td>36:25</td><td>9:40</td></tr>\n</table>")
_PIPE = ("| Show | Starts at | Length |\n|---|---|---|\n| Oyster festival | 0:00 | 14:20 |\n"
         "| Brass band | 14:20 | 22:05 |\n| Winter walk | 36:25 | 9:40 |")

FAMILIES = {
    "a length column's cells": [
        (_HTML, [(0.0, None), (860.0, None), (2185.0, None)]),
        (_HTML.replace("<b>", "<strong>").replace("</b>", "</strong>").replace("Length", "Duration"),
         [(0.0, None), (860.0, None), (2185.0, None)]),
        (_PIPE, [(0.0, None), (860.0, None), (2185.0, None)]),
    ],
    "a table with no length column stays": [
        ('<table>\n<tr><th colspan="2">Picks</th></tr>\n<tr><td><b>Show</b></td><td><b>Starts at</b></td></tr>\n'
         "<tr><td>Festival</td><td>0:00</td></tr>\n<tr><td>Concert</td><td>14:20</td></tr>\n</table>",
         [(0.0, None), (860.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_column(text, expected):
    assert found_spans(text) == expected
