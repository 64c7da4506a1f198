"""A stretch from the footage's start to a time said in words (blind round 73): "Praise and worship runs from the
start to about 48 minutes", "from the beginning until the ten-minute mark", "from the very top to 2 min 30 s in".
As "from the start to 3:44" is, it is a range from 0, approximate when its end is hedged. Another thing's start
("from the start of the match to 48 minutes"), a time counted from something ("to 48 minutes later") and a length
("to about 48 hours after") stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "from the start to a time in words": [
        ("The choir runs from the start to about 35 minutes, so skip ahead.", [(0.0, 2100.0, True)]),
        ("From the beginning until the ten-minute mark it is all drone shots.", [(0.0, 600.0, False)]),
        ("Watch from the very top to 2 min 30 s in.", [(0.0, 150.0, False)]),
        ("From the beginning up to roughly 3 minutes into the clip, the dog sleeps.", [(0.0, 180.0, True)]),
        ("It's just warm-up from the start till twenty minutes in.", [(0.0, 1200.0, False)]),
    ],
    "other starts and durations stay nothing": [
        ("From the start of the match to 48 minutes, City dominated.", []),
        ("From the start to 48 minutes later, nothing happened.", []),
        ("He was ill from the start to about 48 hours after.", []),
        ("From the start to 5 minutes into the meeting, nobody spoke.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_from_start_spoken(text, expected):
    assert found_hedged(text) == expected
