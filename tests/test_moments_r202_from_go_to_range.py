"""A range whose "to" is said "go to" (blind round 202, Nicaraguan Creole: "from 1:20 go to 1:52 di pikni dem a dive"):
as the Pidgin "from 1:10 go reach 1:40", "go to" joins the two ends after "from" into one stretch. Without "from" it
is an instruction to skip ahead ("at 1:20 go to 1:52"), two points as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "from ... go to ... is a range": [
        ("Unu check 0:41, di captain jump off. From 1:20 go to 1:52 di pikni dem a dive fi pick dem up.",
         [(41.0, None), (80.0, 112.0)]),
        ("Di whole ting from 0:15 go to 0:48 a pure cow a walk pan di road.", [(15.0, 48.0)]),
        ("Mi film it pan mi phone. from 2:05 go to 2:30 di bwoy dem a dance.", [(125.0, 150.0)]),
        ("In di video, from 1:02:10 go to 1:04:00 di crowd a sing.", [(3730.0, 3840.0)]),
    ],
    "no 'from', two points": [
        ("Skip 1:20, go to 1:52 for the dive.", [(80.0, None), (112.0, None)]),
        ("At 0:41 he jumps, and at 1:20 go to 1:52 to see the kids.", [(41.0, None), (80.0, None), (112.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_from_go_to_range(text, expected):
    assert found_spans(text) == expected
