"""A plan's line whose clock of the day opens it and whose words then name footage and place things in it (blind
round 118: 'Christmas Eve plan ... - 16:00 Carol service livestream from St Mary's (1h 15m) — ... the children's
nativity runs from 1:02:30 to 1:09:00.'): the times after the footage is named, with seconds or past the day's
hours, are positions in it, not more of the day's clocks; the clocks that open the plan's lines stay times of day,
and a plan's line naming no footage keeps its later clock a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time after the footage a plan's line names is a position": [
        ("Sunday plan:\n- 09:30 brunch\n- 11:00 parish livestream (58 min) — the reading is at 0:12:40 and the choir "
         "sings from 0:31:10 to 0:36:00\n- 13:00 lunch", [(760.0, None), (1870.0, 2160.0)]),
        ("Itinerary, day 2:\n- 10:00 museum\n- 14:00 watch the cup final replay (1h 50m): the winner comes at "
         "1:32:05\n- 19:00 dinner at Rosa's", [(5525.0, None)]),
        ("Plan for Diwali evening:\n- 18:00 puja\n- 19:30 family video call recording, Dadi's song is at 24:40\n"
         "- 21:00 sweets", [(1480.0, None)]),
    ],
    "a plan's clocks of the day stay times of day": [
        ("Saturday plan:\n- 10:00 park run\n- 19:30 film night at the hall, bus home at 21:45\n- 22:30 bed", []),
        ("Plan for Friday:\n- 08:15 school run\n- 12:30 lunch with Dee, 13:15 dentist", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_on_plan_lines(text, expected):
    assert found_spans(text) == expected
