"""A dotted position said to be in the footage's file (blind round 94, a Kerala magazine's digitised tape): 'At about
6.40 in the file the image steadies', 'runs from 21.15 to 24.50 in the digitised file'. The family: Indian usage's
m.ss placed "in the file" (the digitised, restored or video file of the recording) is said in the footage as "in the
clip" is, so it is a position (a range with two). A dotted number not said in anything stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a dotted time in the file is a position": [
        ("We watched the transfer on her laptop. At 3.25 in the file the singer finally walks on.",
         [(205.0, None, False)]),
        ("The duet he cared about runs from 12.10 to 14.45 in the restored file, and nobody spoke.",
         [(730.0, 885.0, False)]),
        ("Around 2.05 into the master file the colour shifts to green.", [(125.0, None, True)]),
    ],
    "a dotted time said in the clip stays a position": [
        ("At 1.40 in the clip the bus clips the kerb.", [(100.0, None, False)]),
    ],
    "a dotted time not said in footage stays nothing": [
        ("The file was uploaded at 10.45 and renamed at 11.20 by the clerk.", []),
        ("The archive opens at 9.15 and the files are kept in the basement.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_in_file(text, expected):
    assert found_hedged(text) == expected
