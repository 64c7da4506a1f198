"""Relative moments after a clock reading and offsets between files (blind round 61): a reading of the overlay
whose sentence goes on about that clock ("the overlay reads 02:41:55, although that camera's clock runs 3 min 12 s
fast") is read at the position just placed, and "Roughly 40 seconds later" counts from that position; "so B started
48 seconds earlier" is how two files are offset, no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a reading that goes on about its clock": [
        ("At 38:12 in its file the van enters; the overlay reads 02:41:55, although the council says that "
         "camera's clock runs 3 min 12 s fast. Roughly 40 seconds later, the van turns left.",
         [(2292.0, None, False), (2332.0, None, True)]),
        ("At 1:05 the car stops; the dashcam clock shows 17:58:12, but it runs slow. Ten seconds later, the "
         "door opens.", [(65.0, None, False), (75.0, None, False)]),
    ],
    "an offset between files": [
        ("0:14 in video A matches 1:02 in video B, so B started 48 seconds earlier.",
         [(14.0, None, False), (62.0, None, False)]),
        ("At 0:14 the horn sounds; video B began recording 30 seconds earlier.", [(14.0, None, False)]),
        ("At 0:20 in video A the siren starts. The drone file began 15 seconds earlier.", [(20.0, None, False)]),
    ],
    "relatives that stay": [
        ("At 0:10 the chant starts. The chant started 20 seconds later in the other clip.",
         [(10.0, None, False), (30.0, None, False)]),
        ("At 0:14 the horn sounds. I started filming 30 seconds later.", [(14.0, None, False), (44.0, None, False)]),
        ("At 1:05 the car stops; the dashcam clock shows 17:58:12. Ten seconds later, the door opens.",
         [(65.0, None, False), (75.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relatives_and_offsets(text, expected):
    assert found_hedged(text) == expected
