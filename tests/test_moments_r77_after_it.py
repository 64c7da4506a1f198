"""A relative counted from the thing just placed, named "it" closing the clause (blind round 77): "the block is at
2:15 and the dunk is about ten seconds after it", "the foul comes five seconds before it". "It" is what the last
position showed, so the amount counts from that position; "after it starts" already did, and a relative with no
position before it stays nothing, as does a stretch named with "the" ("the two minutes before it")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an amount after or before 'it', the thing just placed": [
        ("The steal is at the 2:15 mark in the recap, and the dunk is about ten seconds after it.",
         [(135.0, None), (145.0, None)]),
        ("In the clip the save comes at 1:40; the foul is five seconds before it.", [(100.0, None), (95.0, None)]),
        ("At 0:50 the door opens and, 3 seconds after it, the alarm sounds.", [(50.0, None), (53.0, None)]),
    ],
    "a stretch named before it is no point": [
        ("The tackle is at 1:02:10. The highlights leave out the three minutes before it: from about 59:40 the "
         "home side press.", [(3730.0, None), (3580.0, None)]),
        ("The buzzer sounds at 1:41:07. The shot leaves his hand a fraction of a second before it.", [(6067.0, None)]),
    ],
    "no position before it": [
        ("The storm hit at dawn and the roof went about ten minutes after it.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_after_it(text, expected):
    assert found_spans(text) == expected
