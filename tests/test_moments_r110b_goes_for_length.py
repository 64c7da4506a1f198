"""A start, then "goes for" a length (blind round 110, sports): 'the fight starts at the 6:18 mark and goes for
about 40 seconds before the linesmen get in'. "Goes for" a length is "runs for" or "lasts" said plainly: the start
plus its length is one range (the spec's start-plus-length row), hedged when the length is. A start with no length
after "goes for" stays a point."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a start that goes for a length is a range": [
        ("In the condensed game the scrap begins at 4:12 and goes for roughly 30 seconds.", [(252.0, 282.0)]),
        ("The brawl by the dugouts starts at the 2:05 mark and went for about a minute, the replay shows.",
         [(125.0, 185.0)]),
        ("The melee starts at 7:02 and goes for roughly half a minute before the officials step in.",
         [(422.0, 452.0)]),
        ("Skip to the row: it starts at 9:40 in the video and keeps going for 25 seconds.", [(580.0, 605.0)]),
    ],
    "the nearest wordings that stay points": [
        ("The scrap begins at 4:12 and goes for the captain, then the referee steps in.", [(252.0, None)]),
        ("At 2:05 the winger goes for goal from forty metres.", [(125.0, None)]),
        ("The scrap begins at 4:12, and about 30 seconds later the officials step in.", [(252.0, None), (282.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_goes_for_length(text, expected):
    assert found_spans(text) == expected
