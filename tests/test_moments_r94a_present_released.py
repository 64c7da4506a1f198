""""Released" in the present passive, narrating the footage (blind round 94, forum): "He's in the crease at 2:11 at
the earliest, and the puck is released at 2:12." A puck, a ball, a bird or a brake "is released" as the footage plays:
the time is where, not when something was published. A work "was released" or "released" at a time stays the
world's (publishing), and so does a release with a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "something 'is released' at a time in the footage: a position": [
        ("Pause the replay: the ball is released at 1:47, before his foot lands.", [(107.0, None)]),
        ("In the clip the falcon is released at 0:52 and circles twice.", [(52.0, None)]),
        ("The handbrake is released at 3:05, and the van rolls back into the bollard.", [(185.0, None)]),
    ],
    "a work released at a time of the world stays a time of day": [
        ("The video was released at 14:00 on Friday.", []),
        ("The statement was released at 9:15 this morning.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_present_released(text, expected):
    assert found_spans(text) == expected
