"""Families of misses that blind rounds 18 and 19 (`tests/data/moments_genres_round18.jsonl`, `..._round19.jsonl`)
exposed in tables, grids, logs and lists of times that are no positions, each with sentences written for the
family (not the rounds' own) and near-misses that must stay as they are (the rounds themselves are held at a floor
in test_moments_rounds.py)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a timetable set in spaced columns, or a table cell holding a set's clock range under a "Time" header
    "grids and tables of clock times": [
        ("Ferry timetable (weekdays)\nPier 1\t07:10\t09:10\t11:10\nIsland\t07:45\t09:45\t11:45", []),
        ("Gym hours\nMon-Fri   06:00  22:00\nSat-Sun   08:00  20:00", []),
        ("Tide times today: Harbour  04:12  10:31  16:40", []),
        ("Northgate\u00a0\u00a007:02\u00a0\u00a007:32\u00a0\u00a008:02\n"
         "Market\u00a0\u00a0\u00a0\u00a007:09\u00a0\u00a007:39\u00a0\u00a008:09", []),
        ("<table><tr><th>Room</th><th>Talk</th><th>Time</th></tr><tr><td>A</td><td>Keynote</td>"
         "<td>09:00&ndash;09:45</td></tr><tr><td>B</td><td>Quiz</td><td>23:30&ndash;00:15</td></tr></table>", []),
        # near-misses: a shot list from 0:00, a list of one time a line, times named in the footage
        ("Shot list\nWide     0:00   0:42\nClose    0:42   1:30\nDrone    1:30   2:05",
         [(0.0, None), (42.0, None), (42.0, None), (90.0, None), (90.0, None), (125.0, None)]),
        ("Best bits\n12:10  the goal\n13:05  the red card", [(730.0, None), (785.0, None)]),
        ("In the video the dog barks at 12:10 13:05 and again later.", [(730.0, None), (785.0, None)]),
        ("Edit list\nCam A   12:10  12:55\nCam B   14:02  14:40 (in the video)",
         [(730.0, None), (775.0, None), (842.0, None), (880.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_eighteen_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
