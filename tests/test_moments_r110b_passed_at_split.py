"""A point of a race course passed "at" the runner's time (blind round 110, sports): a marathon report's 'and she
passed halfway at 1:01:53'. The clock is the runner's split, told with "at" as it is with "in" ("passing halfway in
1:03:40"): no position in any footage (the spec's race times). Said of a highlights video or placed in one, the same
wording is a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a course point passed at a time is a split": [
        ("The lead pack went through 30 km at 1:29:40 with the pacemakers still in front.", []),
        ("Mwangi reached the 25 km mark at 1:14:05, and by 35 km he was alone.", []),
        ("Sato hit halfway at 1:04:12 on a cold morning in Fukuoka.", []),
    ],
    "the same wording said of footage stays a position": [
        ("In the highlights, Kiprop passes halfway at 3:10.", [(190.0, None)]),
        ("Watch as she reaches the 40 km point at 8:25 in the race video.", [(505.0, None)]),
        ("The lead pack went through 30 km in 1:29:40; the camera bike catches it at 12:40.", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_passed_at_split(text, expected):
    assert found_spans(text) == expected
