"""A clock told with its part of the day in Taglish (blind round 150): a barangay notice's "na nangyari noong Lunes,
mga 2:15 ng madaling araw" ("that happened on Monday, around 2:15 at dawn"). "ng madaling araw", "ng umaga", "ng
hapon", "ng gabi" say the clock is the day's, as "in the morning" does in English (and Spanish "de la tarde" in
Spanglish): no moment, however the page goes on to place its footage with the same "mga" and "Sa". The footage's
"Sa 0:27", "mga 1:03" stay positions, and so does a clock with no part of the day after it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock with its Taglish part of the day is no moment": [
        ("Nangyari po ang sunog bandang 7:40 ng gabi sa Purok 2. Sa video, mga 0:52 makikita ang usok.",
         [(52.0, None)]),
        ("Dumating ang ambulansya mga 5:05 ng umaga. Panoorin po ang clip: sa 1:14 bumaba ang medic.",
         [(74.0, None)]),
        ("Nahuli ang suspek kahapon, 3:20 ng hapon, sa tapat ng palengke. Sa CCTV video, mga 2:31 tumakbo siya.",
         [(151.0, None)]),
    ],
    "and in Spanglish": [
        ("The shop closed a las 6:10 de la tarde. In the video, at 0:48 the owner locks the gate.", [(48.0, None)]),
    ],
    "a Taglish position with no part of the day stays one": [
        ("Sa video po, mga 1:45 makikita ang motor na dumaan.", [(105.0, None)]),
        ("Sa 0:33 ng video makikita ang lalaki.", [(33.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_taglish_part_of_day(text, expected):
    assert found_spans(text) == expected
