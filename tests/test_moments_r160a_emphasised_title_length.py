"""A list item's title set in emphasis with its length in brackets inside it (blind round 160, a list of home
workouts): "2. **Low-Impact Cardio for Small Spaces (30 min)** — ... The hardest block is 2m30s from the end of the
video" is 1650. "*Northern Lights* (2h 07m)", the emphasis closed before the bracket, was already a titled work's
length; the bracket inside the emphasis is the same length, the one the item's end forms count from. A bracket of
minutes and seconds after a name is still a position ("Kane (2 min 10 s)")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracketed length inside an emphasised title": [
        ("My picks:\n\n1. **Morning Mobility Flow (20 min)** — the last 4 minutes are pure stretching.",
         [(960.0, 1200.0)]),
        ("Three talks worth your lunch break:\n\n- __Why Bridges Hum (45 minutes)__ — the demo is ten minutes "
         "before the end of the video.", [(2100.0, None)]),
    ],
    "a bracket of minutes and seconds after a name stays a position": [
        ("1. **Morning Mobility Flow** — Priya (2 min 10 s) shows the hip opener.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_emphasised_title_length(text, expected):
    assert found_spans(text) == expected
