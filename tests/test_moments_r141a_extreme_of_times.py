"""The fastest (or slowest) of the times just told (blind round 141, chapters): a run club's "averaged a 5K time of
34:12, with the fastest at 24:48". The extreme of a set of race times is another race time, which the spec lists as no
moment, though "at" before it reads like a position. A clip's "the fastest lap is shown at 2:10" stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the extreme of the times told is a race time": [
        ("Our juniors clocked an average parkrun time of 27:40, the quickest at 21:15.", []),
        ("The marathon time he quoted was 3:41:10 on average, with the slowest runner on 4:58:04.", []),
        ("Members' 5k times improved a lot this term, with our best at 19:58 — well done Aoife!", []),
    ],
    "a clip's fastest moment at a time stays a position": [
        ("In the onboard video, the fastest corner comes at 2:10.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_extreme_of_times(text, expected):
    assert found_spans(text) == expected
