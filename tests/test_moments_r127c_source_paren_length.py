"""A clip's length in its brackets after the camera or source it came from (blind round 127): "Clip A (the harbour
cam, 6 minutes) shows the plume first at 2:14. ... In the final minute of Clip A the plume drifts north-east." The
bracket tells where the clip came from, then how long it runs, as "(RTÉ One, 58 minutes)" tells a channel first: the
length the clip's end forms count from (300-360), no moment itself. A person's bracket stays no length of footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a source in lower case, then the clip's length, in its brackets": [
        ("Video 2 (a bystander's phone, 3 minutes) shows the roof lift at 0:52. The last 20 seconds of Video 2 "
         "show the debris.", [(52.0, None), (160.0, 180.0)]),
        ("Clip C (the pier webcam, 4 minutes) catches the swell at 1:05. In the final minute of Clip C the pier "
         "floods.", [(65.0, None), (180.0, 240.0)]),
        ("Angle B (drone, 10 min) is steadier; in its final two minutes the barge capsizes.", [(480.0, 600.0)]),
    ],
    "a bracket without a footage source tells no clip's length": [
        ("Mensah (the goalkeeper, 6 minutes) was off injured; in the final minute the hosts scored.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_source_paren_length(text, expected):
    assert found_spans(text) == expected
