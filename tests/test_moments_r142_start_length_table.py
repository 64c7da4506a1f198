"""A table of a film's segments with a start column and a length column (blind round 142): "| # | Segment (Nairobi
matatu art doc) | Starts | Length |" over "| 1 | Kariakor paint yard at dawn | 00:00 | 4:10 |" ... "| 5 | Police
crackdown archive (2014) | 19:25 | 2:40 |", then "Total running time 22:05". Each start is a position. Two things
had set two of them aside: a day word in the row's title cell ("at dawn") read as the clock's own clause, and the
last row's start plus its own length, which always make the film's total, read as two parts of a list adding up to
it. A clock's clause in a table whose header names footage is its own cell; two times in one row are no two parts
of a total. A timetable's cells stay times of day, and a list of lengths over its total stays lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_FILM = ("| Part | Chapter (Lamu dhow-building film) | Starts | Length |\n|---|---|---|---|\n"
         "| 1 | Sunrise at the Shela boatyard | 00:00 | 3:20 |\n| 2 | The master builder at work | 03:20 | 7:05 |\n"
         "| 3 | Launch at high tide, late evening | 10:25 | 4:15 |\n\n"
         "Total running time 14:40. The shipwright's song comes around 12:10.")
_HTML = ("<table><tr><th>Scene (Cape Breton fiddle documentary)</th><th>Begins</th><th>Length</th></tr>"
         "<tr><td>Morning at the Inverness hall</td><td>00:00</td><td>5:30</td></tr>"
         "<tr><td>Square dance, Saturday night</td><td>05:30</td><td>6:10</td></tr></table>\n"
         "<p>Total length 11:40.</p>")
_TIMETABLE = ("| Stop | Departs |\n|---|---|\n| Kisumu at dawn | 05:40 |\n| Kericho | 06:50 |\n")
_TRACKS = ("| # | Track | Length |\n|---|---|---|\n| 1 | Midnight ferry | 4:10 |\n| 2 | Harbour lights | 3:50 |\n"
           "| 3 | Morning tide | 5:00 |\n| | **Total** | 13:00 |\n")

FAMILIES = {
    "every start in a segments table is a position, whatever the row's title or its length": [
        (_FILM, [(0.0, None), (200.0, None), (625.0, None), (730.0, None)]),
        (_HTML, [(0.0, None), (330.0, None)]),
    ],
    "a timetable's cells and a track list's lengths stay nothing": [
        (_TIMETABLE, []),
        (_TRACKS, []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_start_length_table(text, expected):
    assert found_spans(text) == expected
