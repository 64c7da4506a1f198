"""A day's programme opened by its first fixture, under no schedule's label (blind round 81, lists): a conference
page's lines "08:30 – Registration & coffee", "09:15 – Keynote ...", or a gig's "19:00 Doors", are times of day from
the first line on, as under a "programme" or "agenda" heading. A chapter list that starts at 0:00, or a list under a
heading naming footage ("Recap video"), walks through positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a run of clock-led lines opened by an event's first fixture": [
        ("Harbour Arts Weekend — Day 2 sessions\n\n10:00 – Registration\n11:30 – Panel: Small presses\n"
         "13:00 – Lunch", []),
        ("Order of the day\n\n09:00 Registration and coffee\n09:45 Keynote\n12:30 Lunch", []),
        ("Saturday, Kelvin Hall\n18:30: Doors open\n19:15: Support\n20:30: Main set", []),
    ],
    "near-misses: lists of positions": [
        ("Vlog chapters\n00:00 Intro\n06:10 Registration\n12:30 Lunch", [(0.0, None), (370.0, None), (750.0, None)]),
        ("Recap video\n05:30 – Registration queue chaos\n09:10 – The keynote walkout", [(330.0, None), (550.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_event_openings(text, expected):
    assert found_spans(text) == expected
