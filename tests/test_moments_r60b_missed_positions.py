"""Positions missed in blind round 60 (forum-04, transcripts-03, transcripts-04): an offset that is the subject of
its sentence ("65 seconds in is where you need to start"), "N minutes from now" said under a YouTube transcript's
stamp on the line above (counted from it, as "later"), and a time said "in that recording" inside a transcript's
turn (a determiner other than "the" names the footage too). Near-misses stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an offset as the subject": [
        ("65 seconds in is where you need to start.", [(65.0, None, False)]),
        ("@bob · 2 years ago\n45 seconds in is where the fun starts.", [(45.0, None, False)]),
        ("Two minutes in is where it gets good.", [(120.0, None, False)]),
        ("90 seconds in is when he removes the handle.", [(90.0, None, False)]),
        # near-misses: a verdict on a length, a length too long
        ("30 seconds in is all you need to know the film is bad.", []),
        ("Ten minutes in is too long for an intro.", []),
    ],
    "from now under a stamp on the line above": [
        ("0:16\nokay so in like two minutes from now you're going to see", [(16.0, None, False),
                                                                             (136.0, None, True)]),
        ("1:05\nand about thirty seconds from now the bread comes out", [(65.0, None, False), (95.0, None, True)]),
        ("[0:18] about a minute from now I'll show you the float test", [(18.0, None, False), (78.0, None, True)]),
        # near-misses: no stamp above, a clock on the line above with words
        ("The council says in two minutes from now the vote starts.", []),
        ("Ready at 3:00\ntwo minutes from now we go", [(180.0, None, False)]),
    ],
    "a recording named with that, his, her": [
        ("(12:40) HOST: Welcome back.\n(12:44) GUEST: There's a bit at 31:10 in that recording where the dog "
         "barks.\n(12:58) HOST: Great.", [(760.0, None, False), (764.0, None, False), (1870.0, None, False),
                                         (778.0, None, False)]),
        ("She says the crash is at 3:10 in her video.", [(190.0, None, False)]),
        ("The train leaves at 7:40 in his film, and the clock says so.", [(460.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_missed_positions(text, expected):
    assert found_hedged(text) == expected
