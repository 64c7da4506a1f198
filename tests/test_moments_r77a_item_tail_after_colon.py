"""An end stretch told with no article after a list item's colon (blind round 77, lists): "• Sat/Sun — quiet,
feeding every 2-3 hours: last 90 seconds of the reel". After the label's colon, "last N seconds of the <footage>" is
the tail of that footage's stated length, as "the last N seconds" is; without the footage named after it ("Drill:
last 30 seconds flat out") a colon's bare "last" is no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare tail after an item's colon, of its footage": [
        ("The weekly reel runs 6:40.\n\n- Mon: chick fed at 0:50\n- Sun: last 45 seconds of the reel",
         [(50.0, None), (355.0, 400.0)]),
        ("The session video runs 20 minutes.\n\n- Warm-up: first 5 minutes of the video\n"
         "- Cool-down: last 3 minutes of the video", [(0.0, 300.0), (1020.0, 1200.0)]),
        ("The match video runs 4:30. Final whistle: final 20 seconds of the video.", [(250.0, 270.0)]),
    ],
    "a bare tail with no footage named stays none": [
        ("Drill: last 30 seconds flat out, then rest.", []),
        ("The video runs 10 minutes. Tip: last 30 seconds of each set should hurt.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_item_tail_after_colon(text, expected):
    assert found_spans(text) == expected
