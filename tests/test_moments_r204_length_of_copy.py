"""A length told as the adjective of the copy a subtitler or a checker works against (fitted round 204: a
Visakhapatnam QC email's "Checked v3 of the English SRT against the 1:54:10 master"): the master's or the original's
running time, no moment, as "the 3:05 radio edit" and "a 2:10 phone video" already were. A position in the same
sentence, or a master of ceremonies at a time, stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the copy's length": [
        ("Checked v3 of the English SRT against the 1:54:10 master. The cue at 00:47:12 is still two lines.",
         [(2832.0, None)]),
        ("Conformed the subs to the 52:10 broadcast master; the cue at 12:05 now lands on the cut.", [(725.0, None)]),
        ("The viral clip is cut from the 3:20 original, which we found on a forest guard's page.", []),
        ("Please re-time everything against the 1:31:05 final master before Friday.", []),
    ],
    "left alone": [
        ("At 12:40 the master of ceremonies takes the stage.", [(760.0, None)]),
        ("The cue at 00:47:12 in the master is still two lines.", [(2832.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_of_copy(text, expected):
    assert found_spans(text) == expected
