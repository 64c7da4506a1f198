"""A day's programme under its heading (blind round 81, lists): a conference's or a festival's "Saturday programme"
heading lines that each open with a clock of the day ("08:30 – Registration", "12:30 – Lunch") lists times of day, as
a "Timetable" or an "Agenda" heading's lines do. A programme heading that names footage ("Programme highlights")
or a chapter list from 0:00 still walks through positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a programme heading's clock-led lines are times of day": [
        ("Riverside Book Festival — Sunday programme\n\n09:45 – Doors and coffee\n10:30 – Panel: Writing the coast\n"
         "12:15 – Lunch\n14:00 – Readings (Hall B)", []),
        ("Community Day Program\n10:00 Welcome\n11:15 Choir\n13:00 Raffle draw", []),
        ("## Programme for the day\n\n08:50 – Registration\n09:30 – Opening address (20 min)\n11:00 – Break", []),
    ],
    "near-misses: a programme's footage, a chapter list": [
        ("Programme highlights\n\n05:30 – the first goal\n12:10 – the penalty save", [(330.0, None), (730.0, None)]),
        ("Programme chapters\n00:00 Intro\n06:40 The interview\n21:15 Studio debate",
         [(0.0, None), (400.0, None), (1275.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_programme_lists(text, expected):
    assert found_spans(text) == expected
