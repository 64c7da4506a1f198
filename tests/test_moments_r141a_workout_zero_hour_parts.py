"""A zero-hour time among a workout's parts under its heading (blind round 141, chapters): a treadmill session's
"WORKOUT STRUCTURE" list, "• Pickups — 4 × (0:30 at 10.0 km/h / 1:30 at 8.0 km/h)". The spec's lengths of other
events: every part is how long it lasts, the short "0:30" as much as its "5:00" siblings, though no clock of the day is
written "0:30". A list walking through footage (from 0:00, or naming the video) stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a workout list's zero-hour part is a length": [
        ("Session plan for the rower:\n\nWarm-up intervals\n- Easy paddle 4:00 at rate 20\n- Bursts 6 x (0:20 hard / "
         "0:40 easy)\n- Steady 8:00 at rate 24", []),
        ("TRAINING\n* Skipping 0:45 at a brisk pace\n* Plank 1:00\n* Burpees 0:30 flat out", []),
    ],
    "a list through the footage stays positions": [
        ("Workout video chapters\n- 0:00 Intro\n- 0:45 Skipping\n- 2:10 Plank", [(0.0, None), (45.0, None),
                                                                                  (130.0, None)]),
        ("The burpees start at 0:30 in the video.", [(30.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_workout_zero_hour_parts(text, expected):
    assert found_spans(text) == expected
