"""A distance on a course told as a mark with a bare "m" (blind round 118, a rowing report): "2000 m in 5:41.2.
The catch-a-crab moment happens just before the 1000 m mark, about 3:10 into the TVNZ clip". Where the text tells
a course's distances in metres (a 2000 m race, the 400m freestyle, a regatta), "the 1000 m mark" is metres along
the course, no position (it was read as 1000 minutes); so is a bare "m" mark of a hundred or more anywhere. A bare
"m" mark of named footage ("the 45m mark of the stream"), or a small one in a text telling no course in metres,
stays minutes; a "-minute mark" stays a position anywhere."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a metres mark on a course is no position": [
        ("Regatta notes: the Irish double led at the 500m mark and faded; the sprint is at 4:10 of the RTE clip.",
         [(250.0, None)]),
        ("Pool report, 100 m backstroke: he is still under water at the 15m mark, 0:42 into the replay.",
         [(42.0, None)]),
        ("Over 1,500 m the Kenyan hit the front at the 1200 m mark. The full race is on the federation's channel.",
         []),
        ("The baton drop happens at the 300 m mark; it is 2:10 into the Olympics stream.", [(130.0, None)]),
    ],
    "a minutes mark stays a position": [
        ("Around the 100m mark of the stream the raid boss finally drops.", [(6000.0, None)]),
        ("Great stream. Around the 45m mark he finally beats the boss.", [(2700.0, None)]),
        ("The 2000 m race is on the stream; the crash is at the 14m mark of the stream.", [(840.0, None)]),
        ("At the 10-minute mark of the 2000 m final the rain arrives on the broadcast.", [(600.0, None)]),
        ("Our 5 km parkrun vlog: the hill starts at the 12m mark.", [(720.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_course_marks(text, expected):
    assert found_spans(text) == expected
