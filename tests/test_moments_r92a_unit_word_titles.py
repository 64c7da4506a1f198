"""A chapter title that opens with a unit's word (blind round 92): "0:00:00 Apologies and declarations of interest\n
0:03:40 Minutes of the meeting held 6 February". After a time, "minutes" or "hours" reads as its unit ("2:30 hours
of footage", a length); but capitalised, opening a line's title in a chapter list that runs from zero, it is the
title's first word and the time is the chapter's position. A time with its unit in prose stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a unit's word opening a chapter title is the title": [
        ("Board meeting replay\n\n0:00 Welcome\n2:15 Minutes of the last board meeting\n9:40 Budget",
         [(0.0, None), (135.0, None), (580.0, None)]),
        ("Vestry meeting (livestream)\n0:00:00 Opening prayer\n0:04:05 Minutes and matters arising\n"
         "0:11:30 Treasurer's report", [(0.0, None), (245.0, None), (690.0, None)]),
    ],
    "a time with its unit outside a list stays a length": [
        ("The archive holds 2:30 hours of footage from the night.", []),
        ("Notes: 1:45 Minutes of silence were held before the match.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_unit_word_titles(text, expected):
    assert found_spans(text) == expected
