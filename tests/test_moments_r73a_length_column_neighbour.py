"""A table's row whose Length cell is followed by a cell of another column (blind round 73, factcheck): "| Reposted on
X | 0:45 | 0:31 |" under "| Version | Length | Where the slap happens |". The length is set aside by its column; the
next cell is its own column's, a position, not one more length listed after it. Lengths listed in prose ("runs 4:33
and the closer 7:12") and a row of two length columns still read as lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the cell after a length column's cell is its own column's": [
        ("| Copy | Length | Punch thrown at |\n|---|---|---|\n| Full stream | 3:12:40 | 2:05:11 |\n"
         "| Clip on Reddit | 1:10 | 0:52 |", [(7511.0, None), (52.0, None)]),
        ("| Upload | Runtime | Key frame |\n| --- | --- | --- |\n| Channel 4 | 12:30 | about 9:05 |",
         [(545.0, None)]),
        ("<table><tr><th>Version</th><th>Duration</th><th>Goal</th></tr>"
         "<tr><td>Broadcast</td><td>1:52:10</td><td>1:31:04</td></tr></table>", [(5464.0, None)]),
    ],
    "lengths still read as lengths": [
        ("| Episode | Length |\n|---|---|\n| Pilot | 48:12 |\n| Two | 44:30 |", []),
        ("The title track runs 4:33 and the closer 7:12.", []),
        ("| Version | Length | Length (cut) |\n|---|---|---|\n| Festival | 1:48:00 | 1:41:30 |", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_column_neighbour(text, expected):
    assert found_spans(text) == expected
