"""A broadcast position closing its clause with a bare "in" is no race time (blind round 88): "In the SuperSport
replay ... the finish is 2:34:15 in." A finish said with "in" and a time ("She finished in 2:34:15") is still a race
time, and a runner's time with no "in" after it stays set aside."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a finish or a split closing its clause with a bare 'in' is a position": [
        ("On the club's stream of the 10K, the sprint finish is 41:20 in.", [(2480.0, None)]),
        ("In the NBC replay the winning move is made at 1:58:10, and the finish line comes 2:09:44 in.",
         [(7090.0, None), (7784.0, None)]),
        ("Watch the highlights: her final lap starts 3:05 in, and she breaks the tape 4:12 in, arms up.",
         [(185.0, None), (252.0, None)]),
    ],
    "a finishing time stays a race time": [
        ("She finished in 2:34:15 in Durban.", []),
        ("Her finish time was 2:34:15, a course record.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_in_offsets(text, expected):
    assert found_spans(text) == expected
