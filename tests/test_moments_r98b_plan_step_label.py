"""A day plan's step labelled with the part of the day it falls in (blind round 98): "Summit night start: 23:30,
at Uhuru Peak by about 6:15 for sunrise" at the foot of a packing list. A step of a plan ("start", "departure",
"wake-up") labelled by its night, morning or day of the trip is a clock of the day even when it is the sentence's
only two-digit clock; a trim's bare "start 12:30" of footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a plan's step labelled by its part of the day is a time of day": [
        ("Kit list\n\n- Crampons\n- Down jacket\n\nMorning departure: 04:45, back at the hut by noon.", []),
        ("Day 3 wake-up: 05:30, porters leave at 6:15.", []),
        ("Itinerary notes: Night start 22:45 from Barafu camp.", []),
    ],
    "a trim's start in footage stays a position": [
        ("Trim the clip: start 12:30, end 14:10.", [(750.0, None), (850.0, None)]),
        ("Night scene start: 23:30 in the film.", [(1410.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_plan_step_label(text, expected):
    assert found_spans(text) == expected
