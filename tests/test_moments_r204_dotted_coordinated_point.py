"""A dotted point said "by" or "at", opening a clause coordinated after a dotted point the sentence just walked
(fitted round 204: a Peshawar bail order's "Near about 2.05 the petitioner is seen leaving on a motorcycle, and by
2.30 itself he is out of the frame"): the order walks on through the same clip, as a "By 2.40 they are gone" opening
its own sentence already did (round 199). The writer's own day, or a point far past the last one, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "by or at opening a coordinated clause": [
        ("The video is of 3.12 minutes duration. At 0.52 the complainant pushes him. Near about 2.05 the petitioner "
         "is seen leaving on a motorcycle, and by 2.30 itself he is out of the frame.",
         [(52.0, None), (125.0, None), (150.0, None)]),
        ("The CCTV clip runs 4.10 minutes. At 0.40 the auto stops. Near about 1.15 the driver gets down, then at "
         "1.40 he is arguing with the conductor.", [(40.0, None), (75.0, None), (100.0, None)]),
        ("Dashcam video of 2.30 minutes attached. At 0.20 the bus cuts in. Around 0.55 the biker swerves, and by "
         "1.20 both are on the footpath shouting.", [(20.0, None), (55.0, None), (80.0, None)]),
    ],
    "left alone": [
        ("The video is of 3.12 minutes duration. At 0.52 the complainant pushes him. Near about 2.05 I left the "
         "court, and by 2.30 I was home.", [(52.0, None)]),
        ("The video is of 3.12 minutes duration. At 0.52 the complainant pushes him. Near about 2.05 the petitioner "
         "is seen leaving, and by 9.30 the shop is shut.", [(52.0, None), (125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_coordinated_point(text, expected):
    assert found_spans(text) == expected
