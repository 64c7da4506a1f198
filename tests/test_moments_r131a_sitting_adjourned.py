"""A sitting's own break or restart told by the clock (blind round 131): a committee chair's "[00:03:05] CHAIR:
We'll suspend until 11:30." and "Good morning. We resume at 10:05 with Mr Kinsella". When the room meets again is a
time of day, not a place in the footage it watches (a speaker named with a role in brackets opens no turn the
turn rules read); the stamp opening the turn stays a position, and footage that
resumes at a time ("the feed resumes at 2:10", "we resume the clip at 1:40") is a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sitting adjourned or resumed at a clock is no moment": [
        ("CONVENOR: Thank you, Councillor. We'll suspend until 11:45.", []),
        ("[00:12:05] DEPUTY CHAIR (Mr Doyle): Good morning. We resume at 9:40 with the operator's evidence.",
         [(725.0, None)]),
        ("[00:41:10] PRESIDING MEMBER (Dr Auma): The tribunal will adjourn till 2:15.", [(2470.0, None)]),
        ("[01:02:50] MAYOR (Cllr Reid): We'll adjourn briefly until 10:50.", [(3770.0, None)]),
    ],
    "footage that resumes at a time stays a position": [
        ("The bodycam feed resumes at 2:10, after the officer's fall.", [(130.0, None)]),
        ("[00:12:30] CHAIR (Ms Breen): We'll resume the clip at 1:40 and watch the arrest.",
         [(750.0, None), (100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sitting_adjourned(text, expected):
    assert found_spans(text) == expected
