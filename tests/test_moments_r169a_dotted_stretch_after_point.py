"""A dotted stretch walking on from a dotted point just placed in its own sentence (blind round 169, a Lucknow RWA
notice): "at 0.48 the child is pressing all buttons, and from 1.10 to 1.35 the lift door is held open with a cycle" is
48 and 70-95. A stretch opening its clause already walked on from a point placed in a sentence before ("See at 0.38
— ... And from 1.05 to 1.19 the cop is chasing him", round 98); the point before it in the same sentence is as near.
The writer's own day ("We reached at 0.40 ..., and from 1.05 to 1.30 we waited") and a court's sitting stay
nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch after a point in the same sentence": [
        ("The society's 3-minute CCTV clip shows the lobby: at 0.30 the child enters the lift, and from 0.50 to 1.20 "
         "the door is held open.", [(30.0, None), (50.0, 80.0)]),
        ("Watch the dashcam clip of 2 minutes: at 0.15 the lorry overtakes, then from 0.40 to 0.55 it blocks both "
         "lanes.", [(15.0, None), (40.0, 55.0)]),
        ("Respected members, the lift CCTV has been reviewed. Kindly see the clip (3.20 minutes long) shared in the "
         "group: at 0.48 the child is pressing all buttons, and from 1.10 to 1.35 the lift door is held open with a "
         "cycle. Near about 2.05 the emergency alarm is pressed.", [(48.0, None), (70.0, 95.0), (125.0, None)]),
    ],
    "the writer's day or a court's sitting stays nothing": [
        ("The video is 3 minutes. We reached at 0.40 the gate, and from 1.05 to 1.30 we waited.", []),
        ("The court sat at 0.40 in the night, and from 1.05 to 1.19 it heard the bail plea.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_stretch_after_point(text, expected):
    assert found_spans(text) == expected
