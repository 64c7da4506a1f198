"""A dateline's clock is no clock said again (blind round 78): "By Kwame Asante | Accra | 22 August 2026, 2:15pm"
tells when the page went up; a position at the same minute further down ("At 2:15 we counted seven excavators",
in a walk through the video) is not that clock of the day told again. A clock told in the story's own prose is still
taken up again ("the alarm sounded at 9:40 p.m. ... crews arrived at 9:40")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dateline's clock is not said again by a position": [
        ("By Ama Owusu | Kumasi | 3 May 2026, 9:15am\n\nThe clip shows the bridge. At 0:40 a car crosses. At 9:15 a "
         "truck follows it.", [(40.0, None), (555.0, None)]),
        ("Published: 19th November 2026 08:45 AM\n\nIn the video, from 0:10 to 0:30 the stage is empty. At 8:45 the "
         "groom is carried out.", [(10.0, 30.0), (525.0, None)]),
    ],
    "look-alikes stay as they are": [
        ("Posted 4 June 2026, 10:20pm\n\nPolice said the fire started at 10:20 that night.", []),
        ("The alarm sounded at 9:40 p.m. Crews arrived at 9:40 and again at 9:52.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dateline_clocks(text, expected):
    assert found_spans(text) == expected
