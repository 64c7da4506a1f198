"""A ride's or a finisher's own time (blind round 84): an activity's clock labelled as such ("Ride time 1:07:42",
"moving time 52:10", "elapsed time 3:02:11") and a place in a field or category before "in" and the time ("first
woman and fourth overall in 3:58:44", "second veteran in 41:20") are results, not positions in footage. A place said
of a position in a video keeps it ("the third attack, at 5:10 in the video")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an activity's labelled time is no position": [
        ("Filmed on the Stelvio. Ride time 1:12:09, with two stops for photos.", []),
        ("My moving time was 48:31 but the elapsed time 1:02:10 tells the truth.", []),
        ("Climbing time: 41:55 from the bridge to the pass.", []),
    ],
    "a place in a field or category before its time is a result": [
        ("Moyo was first woman and sixth overall in 2:51:40.", []),
        ("Brennan came second veteran in 41:20, a minute up on last year.", []),
        ("The Kenyan, 24, finished fifth outright in 1:03:12.", []),
    ],
    "positions beside a place stay": [
        ("Watch the third attack at 5:10 in the video; the second is at 3:02.", [(310.0, None), (182.0, None)]),
        ("The ride video shows the fall at 1:02:10, an hour into the descent.", [(3730.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_activity_times(text, expected):
    assert found_spans(text) == expected
