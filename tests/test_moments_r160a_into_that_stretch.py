"""An offset into a stretch just told, pointed back at with "that" or "this" (blind round 160): "It sits between
24:10 and 24:52 in the replay ... Watch the left tackle: about five seconds into that stretch, he passes off the end"
is 1455 (the range's start plus five), not five seconds into the footage. The contract counts a relative from the
previous moment's start, a range's from its start; "that stretch" names no footage of its own. An offset into the
footage ("ten seconds into the video") and one into a stretch no range was told for stay counted from zero."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an offset into the stretch just told counts from its start": [
        ("The crash is between 3:10 and 3:40 in the highlights. Keep an eye on the barrier: about eight seconds into "
         "that stretch, a marshal vaults it.", [(190.0, 220.0, False), (198.0, None, True)]),
        ("From 1:02:00 to 1:03:30 of the stream the chat goes wild. Twenty seconds into this portion, you can hear "
         "the dog.", [(3720.0, 3810.0, False), (3740.0, None, False)]),
    ],
    "an offset into the footage itself still counts from zero": [
        ("The crash is between 3:10 and 3:40 in the highlights. About eight seconds into the video, the safety car "
         "is already out.", [(190.0, 220.0, False), (8.0, None, True)]),
    ],
    "with no stretch told before, it stays a point into the footage": [
        ("At 2:05 the gate opens. About eight seconds into that stretch of road, a van appears.",
         [(125.0, None, False), (8.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_into_that_stretch(text, expected):
    assert found_hedged(text) == expected
