"""Round 59's forum-06: a time converted into the footage ("at 22:15 IGT, which is 25:40 in the video") is a position,
though a zone's clock converted to another place's stays a time of day ("15:00 JST, which is 06:00 in London"); and a
death told inside a bracket ("(I died twice before it)") does not make the time after the bracket a life's event."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "converted into the footage": [
        ("The split lands at 22:15 IGT, which is 25:40 in the video.", [(1540.0, None)]),
    ],
    "a death in a bracket": [
        ("My best attempt in that upload (I died twice before it) is at 12:40.", [(760.0, None)]),
        ("The reset in that video (I crashed the first time) comes at 3:22.", [(202.0, None)]),
    ],
    "near-misses": [
        ("The stream starts at 15:00 JST, which is 06:00 in London.", []),
        ("The launch is at 9:30 PT, which is 17:30 in the UK.", []),
        ("He died in hospital at 23:50, police said.", []),
        ("She was pronounced dead at 21:58 that night.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_time_converted_into_the_footage_is_a_position(text, expected):
    assert found_spans(text) == expected
