"""A day's plan as clock-led lines (blind round 84): under a plan's words, "09:30 Drain the chickpeas\n10:00 Oven on
\n10:15 ..." lists clocks of the day climbing on quarter hours from the morning, not positions. A chapter list opens
at 0:00 or has stamps off the quarter hour and stays; so does a run of quarter-hour stamps with no plan's words."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a plan's clock-led lines are times of day": [
        ("Moving-day plan\n\n08:00 Van arrives\n08:30 Load the bedrooms\n10:00 Kitchen boxes\n11:45 Keys back",
         []),
        ("My Saturday meal prep schedule:\n07:15 Oats soaking\n07:30 Eggs on\n08:00 Chop veg\n08:45 Wash up", []),
    ],
    "chapter lists stay positions": [
        ("Sunday baking plan video\n\n00:00 Intro\n03:15 Dough\n09:40 Shaping\n17:05 Bake",
         [(0.0, None), (195.0, None), (580.0, None), (1025.0, None)]),
        ("Plan of the video:\n01:12 Tools\n04:37 Sanding\n08:03 Oiling\n12:20 Finished table",
         [(72.0, None), (277.0, None), (483.0, None), (740.0, None)]),
        ("Chapters\n10:00 Part two\n15:00 Part three\n20:00 Part four\n25:00 Q&A",
         [(600.0, None), (900.0, None), (1200.0, None), (1500.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_plan_lines(text, expected):
    assert found_spans(text) == expected
