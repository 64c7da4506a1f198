"""Footage named by the camera it came from or as a film's rushes (blind round 77): "the first two minutes of
Sergeant Ana Ruiz's body camera", "the last 20 seconds of her doorbell camera" count from that camera's recording,
as "bodycam" does; "On the rushes card she showed me, the swing happens at 00:02:48" is a position on the rushes,
though a past verb stands in the sentence. A camera's training or policy is no footage, and "rushes" the verb names
none."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch of a camera's recording": [
        ("The edit leaves out the first two minutes of Sergeant Ana Ruiz's body camera, where the driver is calm.",
         [(0.0, 120.0)]),
        ("The first 30 seconds of the dash camera show the lights coming on.", [(0.0, 30.0)]),
        ("Officers missed the first ten minutes of the body camera training.", []),
    ],
    "a position on a film's rushes": [
        ("On the rushes card he showed us, the bird lands at 00:02:48 and takes off about six seconds later.",
         [(168.0, None), (174.0, None)]),
        ("Every morning he rushes out; he left the house at 07:15 and arrived at 07:50.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_camera_and_rushes(text, expected):
    assert found_spans(text) == expected
