"""Minutes into a period of play named just before them (blind round 85, a referees thread): "(we play 35 min
halves so) second half about 32 min in", "In the second half, roughly ten minutes in", "Fourth quarter, 3 mins in"
are the match's clock, not the recording's. A half "of the clip" is footage, and a stamp after the period stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "minutes in after a named period of play": [
        ("We play 40 min halves, so it was first half about 25 min in.", []),
        ("In the second half, roughly ten minutes in, their keeper went off.", []),
        ("Fourth quarter, 3 mins in, the brawl starts.", []),
    ],
    "look-alikes: the footage's half, a stamp": [
        ("The second half of the clip, about 2 minutes in, shows the foul.", [(120.0, None)]),
        ("In the highlights, second half, at 4:10 you see the red card.", [(250.0, None)]),
        ("Second half kicked off and then, about 12 minutes into the video, the flare lands.", [(720.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_period_minutes(text, expected):
    assert found_spans(text) == expected
