"""A runner's finish and splits in a longform profile (blind round 85): "She finished second, in 2:31:04" (a comma
before "in"), and a list of splits after a verb and a colon ("The five-kilometre splits tell the story: 18:02,
17:55, 17:48, then a 17:20") are race times. A replay's stamp beside them, "the splits on the screen:" before a
range in the video, and a split screen stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a finisher's time after a comma": [
        ("He finished fourth, in 2:11:40, a personal best.", []),
        ("Okafor came third, in 2:09:58.", []),
    ],
    "splits listed after a verb and a colon": [
        ("Her 10 km splits show the fade: 33:10, 33:25, 34:02, then a 35:40 on the hill.", []),
        ("His mile splits told the whole story: 4:58, 5:02 and 5:10.", []),
    ],
    "look-alikes: the replay's positions": [
        ("She finished second. At 1:52:40 on the replay she attacks.", [(6760.0, None)]),
        ("The splits on the screen: 0:45 to 1:10 in the video.", [(45.0, 70.0)]),
        ("The split-screen starts at 0:45.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_race_splits(text, expected):
    assert found_spans(text) == expected
