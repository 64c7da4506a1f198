"""A race won where and when, then its time (blind round 199): "won the Kilimanjaro Marathon in Moshi on Sunday in
2:13:48" and "took the women's title at Iten yesterday in 2:24:15" tell the winner's time, as "won the Nairobi City
Marathon on Sunday in 2:05:41" already did; a place named in footage keeps its position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a race won where, then when": [
        ("Kenya's Dennis Kipruto won the Kilimanjaro Marathon in Moshi on Sunday in 2:13:48, breaking away at the "
         "30 km mark.", []),
        ("Amina Said took the women's title at Iten yesterday in 2:24:15.", []),
        ("Okoro won the Lagos City Marathon in Lagos, on Saturday, in 2:10:05, a course record.", []),
        ("Ruto claimed the half-marathon in Eldoret in 1:01:12.", []),
    ],
    "left alone": [
        ("The winner in the video comes at 2:24, when Okoro leans.", [(144.0, None)]),
        ("In the Moshi clip, the winner crosses at 1:13:48 in the replay.", [(4428.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_race_won_where(text, expected):
    assert found_spans(text) == expected
