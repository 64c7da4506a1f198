"""A hedged dotted point walking on from the colon positions of its list (blind round 150): a Lahore residents'
post's "- at 0:48 in the video the white Corolla ... cuts ...; - From 1:05 to 1:19 you can see the traffic warden
...; - near about 2.10 the motorcyclist ... is clipped on the mirror; - Just 5 seconds after that, the Corolla driver
gets down". Pakistani and Indian English write a clip's times with a colon or a dot, in one list: the hedged "2.10"
opening its item, a little past the position just placed in the paragraph that names the clip, is the clip's (130),
and the gap after it counts from it (135), not from the range before. A dotted clock with no position before it in
its paragraph, or far past the last one, stays no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a hedged dotted point opening its item walks on from the list's positions": [
        ("Sequence:\n\n- at 0:31 in the dashcam video the lorry drifts into the lane;\n- around 1.05 the biker "
         "brakes hard;\n- ten seconds later he is on the ground.",
         [(31.0, None, False), (65.0, None, True), (75.0, None, True)]),
        ("Please see:\n\n1. From 1:12 to 1:20 in the CCTV clip the gate stays open.\n2. about 1.58 a man climbs "
         "over it.",
         [(72.0, 80.0, False), (118.0, None, True)]),
        ("What the clip shows:\n\n- at 2:05 in the video the bus stops;\n- near about 3.30 the conductor jumps "
         "down.", [(125.0, None, False), (210.0, None, True)]),
    ],
    "a dotted time of day with nothing to walk on from stays no moment": [
        ("Plan for Sunday:\n\n- around 6.40 we leave for the stadium;\n- about 7.15 the gates open.", []),
        ("From the video:\n\n- at 0:20 the rally starts;\n- around 9.40 everyone goes home.", [(20.0, None, False)]),
        ("From the video:\n\n- at 0:20 in the clip the rally starts;\n- around 1.10 I left for home.",
         [(20.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_list_walk(text, expected):
    assert found_hedged(text) == expected
