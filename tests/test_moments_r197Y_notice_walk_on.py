"""A notice whose paragraph opens on a dotted position walks through the footage the paragraph right before named
and measured (blind round 197): "CCTV of gate no. 2 ... is attached, kindly see. Video is 5.20 minutes duration
...\n\nAt 0.52 two boys on a black bike come from the park side." reads 52, the stretch, the hedged point and the
"by" point below inside that length, as a paragraph of its own walking there would (round 77). A paragraph after one
that measured no footage, or that opens on a day's time, stays as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "dotted points below the told length": [
        ("Dear residents, CCTV of gate no. 2 is attached, kindly see. Video is 5.20 minutes duration, recorded at "
         "23.15 hrs.\n\nAt 0.52 two boys on a black bike come from the park side. From 1.38 to 2.15 one fellow is "
         "checking the scooties. Near about 2.50 they open the seat, and by 3.26 they are gone.",
         [(52.0, None, False), (98.0, 135.0, False), (170.0, None, True), (206.0, None, False)]),
        ("Members, the lift camera video is shared in the group. Clip is of 3.10 mins duration.\n\nFrom 0.40 to 1.05 "
         "the child is pressing all buttons. Around 2.20 the door is held open.",
         [(40.0, 65.0, False), (140.0, None, True)]),
    ],
    "left alone": [
        ("Dear residents, the maintenance is Rs 2.50 per sq ft from April.\n\nAt 9.30 the meeting starts in the "
         "club house.", []),
        ("The society video is 4.20 minutes duration.\n\nAt 10.30 tomorrow the secretary will show it in the hall.",
         []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_notice_walk_on(text, expected):
    assert found_hedged(text) == expected
