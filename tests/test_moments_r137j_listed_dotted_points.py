"""Dotted positions listed under a lead-in line (blind round 137): an Indian housing society's circular shares "the
clip (duration 4 min 10 sec)", then "Kindly note the following:" on a line of its own, then "1. ... at 1.32 only.",
"2. From 2.05 to 2.40 ...", "3. At around 3.15 ...". The list goes on the paragraph its lead-in ends with a colon,
and past a lone lead-in line to the paragraph before, where the clip and its length were told: its dotted numbers
are positions inside that length, as they were when written in one paragraph. A list a day or a plan introduces
("Schedule for Sunday:", "Programme:") holds the day's times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a list under a lead-in goes on the clip's paragraph": [
        ("We are sharing the dashcam clip (duration 3 min 20 sec) with all members.\n\nPlease note the "
         "following:\n\n1. The scooter is hit at 0.48 only.\n2. From 1.10 to 1.35 the driver is arguing.\n3. At "
         "around 2.05 the watchman arrives.", [(48.0, None), (70.0, 95.0), (125.0, None)]),
        ("The committee viewed the lift camera recording (duration 2 min 50 sec) with the technician. Observations "
         "are below:\n\n- From 0.40 to 1.05 the door is held open by hand.\n- Near about 2.15 the lift jerks.",
         [(40.0, 65.0), (135.0, None)]),
        ("The gate CCTV clip (5 min 30 sec) is shared in the group.\n\nPoints to be noted:\n\n1) From 1.20 to 1.50 "
         "the tempo is parked across the gate.\n2) At about 4.10 the guard is asking him to move.",
         [(80.0, 110.0), (250.0, None)]),
    ],
    "a list a day or a plan introduces holds the day's times": [
        ("The meeting video (duration 45 min) is on the group.\n\nSchedule for Sunday:\n\n1. Flag hoisting at 8.30 "
         "sharp.\n2. Breakfast from 9.15 to 10.00.\n3. At 11.30 the AGM starts.", []),
        ("The meeting video (duration 45 min) is on the group. Programme:\n\n1. Flag hoisting at 8.30 sharp.\n2. "
         "At 11.30 the AGM starts.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_dotted_points(text, expected):
    assert found_spans(text) == expected
