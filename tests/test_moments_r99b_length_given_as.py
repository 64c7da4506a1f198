"""A length told as what it was given as (blind round 99's correction note): "*Corrections: an earlier version gave
Video A's length as 2:41.*" The clock after a named work's "length as" (or "running time as", "duration as") is that
work's length, a wrong one or not, and no position; a moment given "as" a clock stays a position. ("its length as"
is left alone: round 52's "the sleeve notes give its length as 8:55" is a piece of music's, no footage length.)"""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length, runtime or duration given as a clock is no moment": [
        ("Update: the first version of this story gave the clip's length as 3:12. The flash is at 0:40.",
         [(40.0, None)]),
        ("Correction: we listed the documentary's running time as 1:32:00; the interview starts at 41:10.",
         [(2470.0, None)]),
        ("The panel noted the recording's duration as 12:04 and flagged the gap at 7:15.", [(435.0, None)]),
        ("An earlier caption gave Clip 2's length as 1:50; the tackle is at 0:33.", [(33.0, None)]),
    ],
    "a moment given as a clock stays a position": [
        ("The report gave the moment of the foul as 2:41 in the video.", [(161.0, None)]),
        ("The runtime of the clip is 4:30 and the punch lands at 0:48.", [(48.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_given_as(text, expected):
    assert found_spans(text) == expected
