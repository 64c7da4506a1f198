"""A bracketed time after a work said to be titled, its title in quotes (blind round 94, a fact check): 'a YouTube
upload by a Kenyan news channel dated 15 March 2018, titled "Heavy rains paralyse transport in Nairobi" (1:30)'.
The family: "titled"/"entitled"/"headlined" then a quoted title then "(m:ss)" is that work's length, no position,
whatever the title's case. Quoted speech with a time after it ('shouts "Get back!" (0:42)') stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a titled work's bracketed time is its length": [
        ('We traced it to a 2019 upload titled "storm hits the harbour wall" (2:14). Its footage from 0:30 to 1:05 '
         "matches.", [(30.0, 65.0)]),
        ('The original is a news package entitled "Floods cut off Kisumu villages" (3:02), aired in 2020.', []),
        ("The clip first appeared in a report headlined 'Bushfire jumps the highway' (1:47).", []),
    ],
    "quoted speech with a time after it stays a position": [
        ('The officer shouts "Get back!" (0:42) and the crowd scatters.', [(42.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_titled_quote_length(text, expected):
    assert found_spans(text) == expected
