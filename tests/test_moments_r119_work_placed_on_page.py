"""A post's pointer to where its own video is on the page, its length in brackets closing the clause (blind round 119,
a fishing thread): "Finally landed a 9 kg kingi off Tiritiri! Video below (3:02)." "Video below", "Clip's here",
"Full vid in the comments", "Video's up top" name the work and where to find it, as "Repro video attached (0:38)."
does: the bracket is its length (no moment, and the one its end forms count from). A sentence that cites a position
in the work ("In the video below (0:45) the dog jumps") or a bracket after prose stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work pointed to on the page, then its length": [
        ("Finally got the kookaburra on camera! Clip below (0:48).\n\nAt 0:21 it grabs the worm.", [(21.0, None)]),
        ("New upload from the allotment. Vid's below (4:15). The fox turns up at 2:02.", [(122.0, None)]),
        ("Full video in the comments (12:40).", []),
        ("Dashcam clip here (2:00). The best bit is the last 15 seconds.", [(105.0, 120.0)]),
        ("Caught a massive snapper today, vid below (1:45)! The line screams at 0:30.", [(30.0, None)]),
        ("Got the whole thing on my GoPro. Video's up top (3:02).", []),
    ],
    "a position cited in the work, or after prose, stays one": [
        ("In the video below (0:45) the dog jumps the fence.", [(45.0, None)]),
        ("He slips just below the summit (1:12) and slides all the way down.", [(72.0, None)]),
        ("Watch the clip below: the dog jumps the fence (0:45) and runs off.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_placed_on_page(text, expected):
    assert found_spans(text) == expected
