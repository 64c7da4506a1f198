"""Times that are a level held or an endurance compared (blind round 67): a runner "stuck at 3:01–3:04 for three
years", a battery that "lasts about 2 hrs now vs 1:40 before", "I timed startup at 0.8 s" are no footage
positions; a video's times said with the same words stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a level held for years": [
        ("I'd been stuck at 3:01–3:04 for three years before this block.", []),
        ("My 10K sat at 41:30 for two seasons, then the intervals worked.", []),
    ],
    "a battery's endurance compared": [
        ("Battery lasts about 2 hrs of 4K now vs 1:40 before.", []),
        ("With the update the battery runs 9 hours, up from 7:40 on the old firmware.", []),
    ],
    "a thing one timed, then its measure": [
        ("Upgraded last week; I timed startup at 0.8 s and it's snappier.", []),
        ("I timed the shutter lag at 0.2 seconds on the new firmware.", []),
    ],
    "near-misses that stay positions": [
        ("I timed the goal at 40 seconds in the video.", [(40.0, None)]),
        ("The battery test is at 4:10 in the video, vs 3:50 in the old one.", [(250.0, None), (230.0, None)]),
        ("In the 12-minute video the screen stays at 3:01 for three seconds.", [(181.0, 184.0)]),
        ("Watch from 2:10 for the next few minutes of the review.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_held_and_compared(text, expected):
    assert found_spans(text) == expected
