"""A total's label with a participle, in bold, before a spoken length (blind round 92, an edit list in Markdown):
"**Total selected:** 5 min 10 s." The sum of the picked clips is a length, no position; the rule knew "Total:"
and "Total time" but not "Total selected:" nor the bold around the label. A spoken offset into the work stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a total's label, then a length, is no moment": [
        ("Total used: 3 min 40 s across the four clips.", []),
        ("**Total approved:** 2 min 55 s, the rest goes to legal.", []),
    ],
    "a spoken offset stays a position": [
        ("The goal comes 5 min 10 s into the video.", [(310.0, None)]),
        ("Selected: from 2 min 10 s to 2 min 40 s of the video.", [(130.0, 160.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_total_label(text, expected):
    assert found_spans(text) == expected
