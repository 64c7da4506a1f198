"""A schedule's label, then "ran from" a clock, is the day's (blind round 121): "Tee times ran from 7:10 to 10:40; the
leaders went off at 10:30." gives no position, as "Tee time 9:42" and "Boarding closes at 06:20" already did: the
label's verb may be "ran"/"runs" and its clock may follow "from". A label that is no schedule's ("The replay runs
from 7:10") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a schedule label that ran from a clock": [
        ("Thabo Mokoena shot 66 (-6) for a 72-hole total of 270. Tee times ran from 7:10 to 10:40; the leaders went "
         "off at 10:30. Prize R4.2 million.", []),
        ("Registration ran from 8:30 to 9:15, and the first heat was at 9:40.", []),
        ("Lunch runs from 12:15 to 13:00 in the marquee.", []),
        ("Check-in ran from 14:00 on the Friday; we arrived late.", []),
        ("Breakfast runs from 7:00 to 10:30 at the hotel.", []),
        ("Soundcheck ran from 15:30 to 16:10 before the support act.", []),
    ],
    "no schedule's label before ran from": [
        ("The replay runs from 7:10 to 10:40 on the club's channel, the equaliser included.", [(430.0, 640.0)]),
        ("The tension ran from 2:10 to 2:45 in the video, when the referee finally blew.", [(130.0, 165.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_times_ran_from(text, expected):
    assert found_spans(text) == expected
