"""A table whose column is headed as a place in the footage ("Position in upload", "Video time", "Timestamp") beside
a camera-clock column (blind round 64): its cells are positions even when the row's event is told in the past
("Aerial platform deployed | ~23:40") or the time reads like an evening clock. The camera-clock column stays the
day's, and a table with no such header is read as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "cells under a position header": [
        ("| Event | Position in upload | Camera clock |\n|---|---|---|\n| Roof collapsed | 19:40 | 22:31:02 |\n"
         "| Crews withdrew | ~21:15 | 22:32:37 |\n", [(1180.0, None), (1275.0, None)]),
        ("| # | What happened | Video time |\n|---|---|---|\n| 1 | Driver got out | 20:05 |\n"
         "| 2 | Police arrived | 22:50 |\n", [(1205.0, None), (1370.0, None)]),
        ("<table><tr><th>Event</th><th>Timestamp</th><th>CCTV time</th></tr>"
         "<tr><td>Van reversed</td><td>21:12</td><td>03:41:09</td></tr></table>", [(1272.0, None)]),
    ],
    "near misses: clocks of the day": [
        ("| Event | Camera clock |\n|---|---|\n| Roof collapsed | 21:40 |\n| Crews withdrew | 22:15 |\n", []),
        ("| Date | Film | Start |\n|---|---|---|\n| Fri 3 Oct | The Quiet Girl | 20:00 |\n", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_position_column_keeps_its_cells(text, expected):
    assert found_spans(text) == expected
