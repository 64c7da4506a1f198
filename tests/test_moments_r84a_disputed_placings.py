"""A party putting an event at a short time while the text walks through footage (blind round 84): after "The portion
runs from 1:06 to 1:19", "the defence puts the swerve at 1:09" places the swerve in the footage, as "the Crown says
it is at 1:12" does, and neither is a clock of the day. Where nothing before was footage, or the time is a clock of
the day's shape ("21:47", "02:25"), a statement putting an event at it stays a time in the world."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a placing disputed inside footage just walked through": [
        ("The relevant part runs from 0:50 to 1:20. The prosecution says the punch lands at 1:04; the defence puts "
         "the punch at 1:07.", [(50.0, 80.0), (64.0, None), (67.0, None)]),
        ("The clip is shown from 2:10 to 2:40. Her expert puts the first shot at 2:18, and the police expert at 2:21.",
         [(130.0, 160.0), (138.0, None), (141.0, None)]),
    ],
    "clocks of the day put by records stay times in the world": [
        ("Witness statements put the call to 999 at 21:47.", []),
        ("The video runs from 0:10 to 0:40. Phone records put the call at 21:47, after the fight.",
         [(10.0, 40.0)]),
        ("The timeline would put the start at 02:25 in real time.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_disputed_placings(text, expected):
    assert found_spans(text) == expected
