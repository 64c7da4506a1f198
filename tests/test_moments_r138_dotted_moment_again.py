"""A dotted position said again as "the N.NN moment" (blind round 138): 'At 0.42 in the video, the delivery person can
be seen entering ... (Kindly note the 0.42 moment is the one the security agency has been asked to explain.)'. Indian
usage writes minutes and seconds with a dot; once "0.42" is placed in the footage, "the 0.42 moment" (or point, spot,
bit) names the same place again: a second mention. A dotted number never placed stays nothing (a slot, a price)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a placed dotted position named again as a moment": [
        ("At 1.05 in the clip the bus halts at the gate. Members asked about the 1.05 point at the meeting.",
         [(65.0, None), (65.0, None)]),
        ("The dashcam video is 2 min long. At 0.37 in the video the lorry drifts over. Please note that 0.37 moment "
         "is when the brake lights fail.", [(37.0, None), (37.0, None)]),
    ],
    "a dotted number not placed before stays nothing": [
        ("The AGM is at 6.30. The 6.30 slot is fixed.", []),
        ("At 0.37 in the video the lorry drifts over. The 1.15 moment everyone mentions is not in it.",
         [(37.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_moment_again(text, expected):
    assert found_spans(text) == expected
