"""A period's label and its clock filling a table cell (blind round 153): an HTML table of a barangay game with a
"Game clock" column ('<td>Q3 4:12</td>', '<td>Q4 0:01</td>') beside a "Stream time" column ('<td>1:41:57</td>'). The
period's clock is the game's (the contract's game clocks: nothing), whatever its hour; the stream column's times are
the positions. A period named in a cell with a stream's hours, or a cell naming a play at a bare time, stays a
position; so does a period's clock said "on the stream" in prose."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a period's label and its clock alone in a cell are a game clock": [
        ("<table>\n<tr><th>Play</th><th>Clock</th><th>On the VOD</th></tr>\n<tr><td>Okafor dunk</td><td>Q2 0:07</td>"
         "<td>38:14</td></tr>\n<tr><td>Game winner</td><td>OT 0:02</td><td>2:01:40</td></tr>\n</table>",
         [(2294.0, None), (7300.0, None)]),
        ("| Goal | Period | Stream |\n|---|---|---|\n| Novak wrister | 3rd period 0:45 | 1:52:03 |\n"
         "| Empty-netter | 3rd period 0:09 | 1:58:30 |", [(6723.0, None), (7110.0, None)]),
    ],
    "a cell's play at a bare time, or a period's stream position, stays a position": [
        ("<table>\n<tr><th>Moment</th><th>Video</th></tr>\n<tr><td>Tip-off</td><td>0:00</td></tr>\n"
         "<tr><td>Q4 buzzer</td><td>0:58</td></tr>\n</table>", [(0.0, None), (58.0, None)]),
        ("<table><tr><th>Quarter</th><th>Where</th></tr><tr><td>Q4 at 1:02:10</td><td>stream</td></tr></table>",
         [(3730.0, None)]),
        ("Skip the warm-ups: Q4 0:03 on the stream is the dunk everyone shared.", [(3.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_period_cells(text, expected):
    assert found_spans(text) == expected
