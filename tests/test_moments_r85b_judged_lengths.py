"""A reviewer's word on a length after a verb of being or a comma (blind round 85, a 1979 concert tape): "On the
album it is a tidy 3:58", "Their cut, a punishing 3:12:00, drags" are lengths of works, as "runs a tidy 3:58" was.
The same adjective on something else, or a position before it, is left alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a judged length after a verb of being or a comma": [
        ("On the record it is a brisk 2:40.", []),
        ("Their cut, a punishing 3:12:00, drags.", []),
        ("The single was a lean 2:55; live it stretched out.", []),
    ],
    "look-alikes: the adjective on something else": [
        ("At 2:40 the brisk tempo drops.", [(160.0, None)]),
        ("The tempo is a brisk 120 bpm at 2:40.", [(160.0, None)]),
        ("It is a tidy finish at 3:58.", [(238.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_judged_lengths(text, expected):
    assert found_spans(text) == expected
