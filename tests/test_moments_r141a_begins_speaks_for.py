"""A start told as an offset into the footage after what is begun, then a length spoken or performed (blind round
141, localnews): "begins her remarks 31:40 into the stream and speaks for about six minutes". The spec's start plus
length: the range from the start, approximate when the length is hedged. What is begun ("her remarks", "his speech")
may stand between the verb and its start only when the start is an offset into the footage; a speaker's verb ("speaks
for", "talks for", "sings for") tells the length as "lasts for" does."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "what is begun, an offset start, then a spoken length": [
        ("The deputy mayor starts his address 12:10 into the webcast and talks for roughly four minutes.",
         [(730.0, 970.0)]),
        ("Our kuia begins the karakia 2:05 into the video and speaks for 90 seconds.", [(125.0, 215.0)]),
        ("The choir begins 1:02:10 into the broadcast and sings for three minutes.", [(3730.0, 3910.0)]),
    ],
    "a start with no length stays a point": [
        ("The deputy mayor starts his address 12:10 into the webcast and thanks the volunteers.", [(730.0, None)]),
    ],
    "a start of the day with a length is no range": [
        ("The vigil begins at 19:30 and runs for two hours.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_begins_speaks_for(text, expected):
    assert found_spans(text) == expected
