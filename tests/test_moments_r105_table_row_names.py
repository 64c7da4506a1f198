"""An end form that counts from the length in the table row of the work its sentence names (blind round 105): "| 3 |
Twelve Minute Burner | 12:00 | All |" in a table with a Length column, then "Twelve Minute Burner is the one to
squeeze in ..., but the last two minutes are nothing but swings" (600-720). On a page of several works each end
form counts from its own work's length (the contract's relative-to-end form, with the length stated in the text);
the row's title said again names it, as a title said before its length's verb does."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form counts from the row of the work its sentence names": [
        ("| # | Session | Length |\n|---|---|---|\n| 1 | Leg Day Lite | 8:30 |\n| 2 | Core Crusher | 25:00 |\n\n"
         "Leg Day Lite is quick, and the final 30 seconds are a wall sit.", [(480.0, 510.0)]),
        ("| Workout | Runtime | Coach |\n|---|---|---|\n| Desk Reset | 6:00 | Theo |\n| Sunrise Flow | 32:10 | Maya |"
         "\n\nDesk Reset is the one I do at lunch; the last minute is pure breathing.", [(300.0, 360.0)]),
    ],
    "the first row named counts from its own length, not the last row's": [
        ("| Video | Length |\n|---|---|\n| Hill Sprints | 14:00 |\n| Mobility Flow | 22:30 |\n\n"
         "Hill Sprints ends hard: the last 90 seconds are all-out.", [(750.0, 840.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_table_row_names(text, expected):
    assert found_spans(text) == expected
