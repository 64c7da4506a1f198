"""No duration joins another part after its seconds (blind round 193): "&t=2h17m48s, and twenty seconds later" is a
link's offset, then a relative counted from it, not one duration "2h17m48s, and twenty seconds" that swallowed the
relative into the link. Seconds are the smallest unit, so a part after them starts a new phrase; parts in falling
units still join ("two minutes, and thirty seconds in")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a relative after a link's compact offset": [
        ("The save is here: youtube.com/watch?v=Qp81LmZ0aW&t=1h02m15s, and ten seconds later the keeper shouts.",
         [(3735.0, None), (3745.0, None)]),
        ("Jump to it: youtube.com/watch?v=Rz5Yb0kLmN&t=4m30s, and fifteen seconds later the bridge opens.",
         [(270.0, None), (285.0, None)]),
        ("Straight to the fall: www.youtube.com/watch?v=Bb9Zq7TtYp&t=12m8s, and 20 seconds later she stands up.",
         [(728.0, None), (748.0, None)]),
    ],
    "a relative after seconds said in words": [
        ("The whistle goes at 0:12:40. He holds the ball for 30 seconds, and ten seconds later he is tackled.",
         [(760.0, None), (770.0, None)]),
    ],
    "parts in falling units still join": [
        ("At two minutes, and thirty seconds in, the horn sounds.", [(150.0, None)]),
        ("One hour, twelve minutes and 5 seconds into the stream the lights go out.", [(4325.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_no_join_after_seconds(text, expected):
    assert found_spans(text) == expected
