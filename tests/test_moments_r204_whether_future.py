"""A future inside an indirect question told after the position (fitted round 204: a Zanzibari documentary review's
"The best passage runs from 17:20 to 21:45, where Haji and his grandson argue ... about whether the new fibreglass
hulls will kill the craft"): the "will" is the question's, what the people on screen argue or wonder about, not the
clock's clause; the position stays one. A future in the clock's own clause (before the "whether") is still a plan."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the future is the indirect question's": [
        ("The best passage runs from 17:20 to 21:45, where the old builder and his grandson argue, half in Swahili "
         "and half in English, about whether the new hulls will kill the craft.", [(1040.0, 1305.0)]),
        ("At 12:40 the two aunties debate whether the rain will hold off long enough for the wedding photos.",
         [(760.0, None)]),
        ("From 6:15 to 7:02 the coach and the captain disagree on whether the team will go for the posts.",
         [(375.0, 422.0)]),
        ("The scene at 23:10, where the brothers wonder whether the boat will ever be finished, is the film's heart.",
         [(1390.0, None)]),
    ],
    "left alone": [
        ("The council will meet at 10:30 to decide whether the market will close.", []),
        ("The ferry will leave at 17:20, whether or not the wind drops.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_whether_future(text, expected):
    assert found_spans(text) == expected
