"""A title with its length in brackets inside the same quotes (blind round 139): 'The soundtrack (a 2 h 14 min album
on release) is superb; "Bellringer (4:06)" is my favourite track.' The bracket is the track's length, as in
"'Bellringer' (4:06)" with the bracket outside the quotes; a work's title in title case, no position. Quoted words
that are no title (speech, not in title case) with a bracket inside keep their time, and a bracket in prose stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracketed length inside a quoted title is no moment": [
        ('My favourite song on the album is "Low Tide at Kilkee (3:12)".', []),
        ("Best track: “The Long Road Home (5:40)”, hands down.", []),
        ("The EP opens with 'Sunday Ferry (2:58)' and closes with a remix.", []),
    ],
    "speech or prose with a bracketed time keeps it": [
        ('He yells "Get down now (1:05)" and the crowd scatters.', [(65.0, None)]),
        ("She points at the gate (0:41) and walks off.", [(41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_inside_quoted_title(text, expected):
    assert found_spans(text) == expected
