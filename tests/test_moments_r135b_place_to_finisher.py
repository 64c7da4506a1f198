"""A place or a medal given to a finisher, then their time (blind round 135): 'Second place went to Wambui in
13:03.90, third to Kiprop at 13:04.25, who led at 3000m.' The place handed to a named runner ("third to Kiprop",
"bronze went to ...") is the result said; the time after "at" or "in" is that finisher's race time, no position,
the verb left out or not. The same names placed in the footage ("the camera cuts to Kiprop at 13:04", "... at 1:12
in the highlights") stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a place given to a named finisher, then 'at' their time, is a race time": [
        ("The 10,000m final went to Chepkoech in 29:58.20; fourth place went to Mwangi at 30:04.77.", []),
        ("Gold to Moreau in 2:11.40; silver went to Ito at 2:11.95 and bronze to Kemp at 2:12.30.", []),
        ("Third to Nakamura in 27:40.11, fourth to Diallo at 27:44.02, both under the standard.", []),
    ],
    "a name placed in the footage stays a position": [
        ("In the replay the camera cuts to Kiprop at 13:04 as he fades on the bend.", [(784.0, None)]),
        ("Fourth place went to Achieng, who you can see kick at 1:12 in the highlights.", [(72.0, None)]),
        ("On the stream, the leaders hand the pace to Ruto at 41:20 and he drags them through.", [(2480.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_place_to_finisher(text, expected):
    assert found_spans(text) == expected
