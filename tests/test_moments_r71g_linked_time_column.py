"""A table's Time column whose first-minute cell is a link to the footage logs footage (blind round 71): "| # | Moment
| Time |\\n...| 1 | Goal, Okonkwo | [0:42](https://youtu.be/aa9Kq1?t=42) |\\n| 2 | Red card, Pereira | 2:18 |\\n| 3 |
Penalty save | 3:55–4:10 |" places 2:18 and 3:55-4:10 as well, as a bare "0:42" cell already made the column the
footage's; the link's text is the time under a minute, in Markdown or HTML. A timetable's Time column with no such
cell stays a list of the day's clocks."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a Time column with a linked first-minute cell logs footage": [
        ("**Cup final - key moments**\n\n| # | Moment | Time |\n|---|--------|------|\n| 1 | Goal, Okonkwo | "
         "[0:42](https://youtu.be/aa9Kq1?t=42) |\n| 2 | Red card, Pereira | 2:18 |\n| 3 | Penalty save | 3:55–4:10 |\n"
         "\n*Updated 21:14, 2 Sept.* The source clip runs 5:30 and was uploaded by the club.",
         [(42.0, None), (138.0, None), (235.0, 250.0)]),
        ("| Scene | Time |\n|---|---|\n| Cold open | [0:15](https://www.youtube.com/watch?v=k3Jd9&t=15) |\n| The "
         "argument | 6:40 |\n| The apology | 11:05 |", [(15.0, None), (400.0, None), (665.0, None)]),
        ("<table><tr><th>Play</th><th>Time</th></tr><tr><td>Opening drive</td><td><a href=\"https://youtu.be/Qx7?t="
         "31\">0:31</a></td></tr><tr><td>Interception</td><td>8:12</td></tr><tr><td>Winning kick</td><td>14:50</td>"
         "</tr></table>", [(31.0, None), (492.0, None), (890.0, None)]),
        ("| Step | Time |\n| --- | --- |\n| Remove old grout | [00:20](https://youtu.be/gr0ut?t=20) |\n| Mix the "
         "new grout | 4:35 |\n| Seal | 9:10 |", [(20.0, None), (275.0, None), (550.0, None)]),
    ],
    "a timetable's Time column stays the day's clocks": [
        ("| Stop | Time |\n|---|---|\n| Depot | 07:15 |\n| Market Square | 07:32 |\n| Hospital | 07:50 |", []),
        ("<table><tr><th>Stop</th><th>Time</th></tr><tr><td>Depot</td><td>07:15</td></tr>"
         "<tr><td>Harbour</td><td>07:40</td></tr></table>", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_linked_time_column(text, expected):
    assert found_spans(text) == expected
