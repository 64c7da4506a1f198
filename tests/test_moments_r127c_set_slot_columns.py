"""A table's "Set" or "Slot" column beside its acts is the day's running order (blind round 127): an event page's
"<tr><th>Act</th><th>Set</th></tr><tr><td>Canberra Youth Choir</td><td>7:30&#8211;8:05</td></tr>". The set times
are when each act plays on the night, times of day as a "Set times" or "Start" column's are. A table logging
footage (a time under an hour in it, or a footage header) keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a set or slot column's times are the day's": [
        ("| Band | Set |\n|---|---|\n| The Kōwhai | 6:45–7:20 |\n| Tui Street | 7:40–8:30 |", []),
        ("<table><tr><th>Speaker</th><th>Slot</th></tr><tr><td>Dr Rao</td><td>10:15&ndash;10:40</td></tr>"
         "<tr><td>Ms Pillay</td><td>10:45&ndash;11:10</td></tr></table>", []),
    ],
    "a footage log's columns keep their positions": [
        ("| Scene | Set | Timestamp |\n|---|---|---|\n| Chase | Pier | 0:45 |", [(45.0, None)]),
        ("| Song | Set |\n|---|---|\n| Intro | 0:00–4:10 |\n| Encore | 52:30–58:05 |",
         [(0.0, 250.0), (3150.0, 3485.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_set_slot_columns(text, expected):
    assert found_spans(text) == expected
