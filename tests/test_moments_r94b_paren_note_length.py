"""A work's bracketed note closed by its length after a comma (blind round 94, lecture-recording notes): 'In the drone
clip itself (it's on the course page separately, 3 min 12 s), the rip current is clearest at 1:48'. The family: a
footage noun, then brackets holding a note on where it is and, after a comma, a length in words, gives that work's
length: no moment (the position said after it stays one). A spelled offset said "in" inside such brackets, or a
position with "at", stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracketed note closed by a length is the work's length": [
        ("In the bodycam footage (released by the force last week, 4 min 05 s), the officer draws at 2:31.",
         [(151.0, None)]),
        ("The ferry's own video (on the operator's site, about 2 min 40 s) shows the wake at 0:55.",
         [(55.0, None)]),
    ],
    "a spelled offset said in the work stays a position": [
        ("In the bodycam footage (the draw is 2 min 31 s in), the officer shouts twice.", [(151.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_paren_note_length(text, expected):
    assert found_spans(text) == expected
