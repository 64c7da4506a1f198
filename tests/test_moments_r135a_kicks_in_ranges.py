"""A stretch opened with "kicks in" and closed with a verb of lasting (blind round 135): "4. Encore medley — kicks in
at 1:31:10 and runs to 1:40:45". Like "starts at 14:02 and runs until 14:40" it is one range, start to end, not two
points. Two things that each come in at their own time stay two points."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "kicks in at one time and runs to another is a range": [
        ("Live at the Olympia (concert film, 2 hr 5 min). The drum solo kicks in at 1:12:05 and goes on until "
         "1:19:40.", [(4325.0, 4780.0)]),
        ("Match highlights: the comeback kicks off at 3:10 and runs through 4:45, the best bit of the clip.",
         [(190.0, 285.0)]),
    ],
    "two things coming in at their own times stay two points": [
        ("The bass kicks in at 0:45, and the vocals come in at 1:10.", [(45.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_kicks_in_ranges(text, expected):
    assert found_spans(text) == expected
