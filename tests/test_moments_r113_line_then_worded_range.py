"""A noun that cites by number ("line", "section", "page", "rule") just before a phrase that opens with words, found
outside its round by a fixer of round 113: "The brawl on the halfway line starts at the 2:05 mark and runs for about
a minute". A cited line or section has its number right after the word ("line 12:4", "Section 2:14"); a phrase
that opens with "starts at", "from" or "begins at" places a stretch of the footage whatever noun stands before it.
The number right after the word stays a citation."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a worded range or point after a citing noun is a position": [
        ("The brawl on the halfway line starts at the 2:05 mark and runs for about a minute.", [(125.0, 185.0)]),
        ("The scuffle near the touchline begins at 14:10 and ends at 14:40 in the highlights.",
         [(850.0, None), (880.0, None)]),
        ("The queue at the bus line starts at 0:45 in the clip and lasts twenty seconds.", [(45.0, 65.0)]),
        ("Watch the defensive line from 3:12 to 3:30 of the replay.", [(192.0, 210.0)]),
    ],
    "the number right after the citing word stays a citation": [
        ("The witness confirmed it at line 12:4 of the transcript.", []),
        ("See Section 2:14 through 2:20 of the code.", []),
        ("Her answer appears on page 55:14 of the deposition.", []),
        ("John 3:16 was read at the funeral.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_line_then_worded_range(text, expected):
    assert found_spans(text) == expected
