"""A clock in a cell of a table whose header names the footage it compares (blind round 99): "| Detail | Viral clip |
2018 original |" over "| Ending | Cuts while bus still moving | Bus stops at 1:48 |". A capitalised word, a verb and
the clock in a cell look like a timetable's "Depot 07:15", but a table headed by clips compares what they show: the
cell is a position. A timetable's table, headed by stops or days, stays times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a cell's clock in a table headed by footage is a position": [
        ("| | Original upload | Reposted video |\n|---|---|---|\n| Crash | Lorry tips at 2:05 | Cut |\n"
         "| Siren | Heard at 2:31 | Muted |", [(125.0, None), (151.0, None)]),
        ("<table><tr><th>Moment</th><th>Dashcam video</th></tr>\n<tr><td>Impact</td><td>Van brakes at 0:58</td>"
         "</tr></table>", [(58.0, None)]),
    ],
    "a timetable's cells stay times of day": [
        ("| Route | Weekdays | Saturdays |\n|---|---|---|\n| 14 | Depot 07:15 | Depot 08:40 |\n"
         "| 14 | Market 07:41 | Market 09:06 |", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_table(text, expected):
    assert found_spans(text) == expected
