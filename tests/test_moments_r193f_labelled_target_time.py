"""A target time labelled with no verb (blind round 193): "Race plan for the 500m: ... Target time 2:18." is the time
a crew aims at, a race time as "her target time of 3:15" already was, not a place in the session's video; a target's
label elsewhere in the sentence leaves a position alone ("the target time flashes up at 1:12 in the clip")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled target": [
        ("Coach's notes on the video: the start is at 0:45. Plan for Sunday's 5k: even splits, target time 21:30.",
         [(45.0, None)]),
        ("Session review (video is 40:12 long): at 3:10 the stroke drops. Goal time: 1:58 for the 500.",
         [(190.0, None)]),
        ("Watch the rowing clip from 0:20 to 0:50. Next regatta target time 7:05.", [(20.0, 50.0)]),
    ],
    "positions near a target's words": [
        ("The target time flashes up at 1:12 in the clip.", [(72.0, None)]),
        ("At 2:18 in the video the boat hits its target time pace.", [(138.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_labelled_target_time(text, expected):
    assert found_spans(text) == expected
