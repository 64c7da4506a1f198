"""A work's length as an item between separators on its title line (blind round 84): "★★★★ Salt Flats (M) — 1h 52m —
in cinemas Thursday", "Night Ferry · 2 h 05 min · BBC Two" tell the work's length as one closing the line does: no
position, and the length the end forms count from. A title line holding no length stays as it is."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length between a title line's separators": [
        ("★★★ Kin (15) — 1 h 58 min — Netflix\n\nThe last ten minutes drag.", [(6480.0, 7080.0)]),
        ("Night Ferry — 2h 05m — on BBC iPlayer now\n\nThe final ten minutes are superb.", [(6900.0, 7500.0)]),
        ("# Episode 4 – 47 mins – RTÉ One\n\nThe last two minutes are a cliffhanger.", [(2700.0, 2820.0)]),
        ("Harbour Lights | 98 min | in cinemas Friday\n\nIt sags in the middle.", []),
    ],
    "title lines with no length stay as they are": [
        ("Match report — Rovers 2 Town 1\n\nThe goal is at 1:12 of the highlights.", [(72.0, None)]),
        ("Review — in cinemas Thursday\n\nAt the 40-minute mark the film turns.", [(2400.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_line_items(text, expected):
    assert found_spans(text) == expected
