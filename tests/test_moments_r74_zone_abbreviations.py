"""A clock followed by a regional time zone's abbreviation (blind round 74): Newfoundland's "(9:30 NT)", Australia's
"7:00 AWST", South Africa's "18:00 SAST", Atlantic Canada's "8:30 ADT". A time of day, in capitals only: a chapter's
"0:45 Cat jumps" stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a regional zone after a clock": [
        ("It aired Sunday at 9 p.m. (9:30 NT) on CBC.", []),
        ("The final airs at 7:00 AWST tonight.", []),
        ("Coverage starts at 18:00 SAST on the sports channel.", []),
        ("The ferry update is at 8:30 ADT.", []),
        ("Kick-off is 19:45 NZDT in Auckland.", []),
    ],
    "a chapter's capitalised word stays": [
        ("0:45 Cat jumps on the table\n1:30 Dog arrives", [(45.0, None), (90.0, None)]),
        ("At 2:10 Eat Street comes into view in the video.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_zone_abbreviations(text, expected):
    assert found_spans(text) == expected
