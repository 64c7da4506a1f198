"""A hearing's transcript whose turns are stamped with a one-digit hour (blind round 96): '[0:07:52] MRS. ORTIZ:
I've lived there 38 years. In his own video, from 1:05 to 1:20, you can see my tomato beds.' The stamp opens a
speaker's turn, as '[00:07:52] MRS. ORTIZ:' does: what the speaker says is speech, not a chapter's title, so a
position said in it (a range in another video) stays one. A chapter list's line keeps its figures out."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a position said in a one-digit-hour turn stays one": [
        ("[0:02:10] COUNCILLOR BRENNAN: Thank you, Chair.\n\n[0:02:31] MS. O'DWYER: If you look at the residents' "
         "clip, between 0:40 and 0:55 you can see the lorry mount the kerb.\n\n[0:03:02] COUNCILLOR BRENNAN: Noted.",
         [(130.0, None), (151.0, None), (40.0, 55.0), (182.0, None)]),
        ("[1:14:05] DR. ABERNATHY: The bodycam shows it plainly, from 2:12 to 2:30 in that recording.\n"
         "[1:14:40] CHAIR: Thank you.", [(4445.0, None), (132.0, 150.0), (4480.0, None)]),
    ],
    "a two-digit-hour turn reads the same": [
        ("[00:02:10] COUNCILLOR BRENNAN: Thank you, Chair.\n\n[00:02:31] MS. O'DWYER: If you look at the residents' "
         "clip, between 0:40 and 0:55 you can see the lorry mount the kerb.\n\n[00:03:02] COUNCILLOR BRENNAN: Noted.",
         [(130.0, None), (151.0, None), (40.0, 55.0), (182.0, None)]),
    ],
    "a chapter list's figure in a title stays out": [
        ("0:00 Intro\n2:15 Battery test – 9:40 in my test\n6:30 Verdict", [(0.0, None), (135.0, None), (390.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_one_digit_hour_turns(text, expected):
    assert found_spans(text) == expected
