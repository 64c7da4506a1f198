"""A player's own time in a game or a session (blind round 85, a Steam bug thread): "Playtime on this save is
41:17", "total play time: 112:45:00", "Session length was 1:30:00", "at 2:05:00 into my session" are how long one
has played, not where in the clip. A clip's stamp beside them, and "into the stream", stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "time played, labelled": [
        ("Playtime on this save is 63:10 and it still crashes.", []),
        ("My total play time: 112:45:00, no crash until today.", []),
        ("Session length was 1:30:00 before the stutter started.", []),
    ],
    "into one's own session": [
        ("Got another freeze at 2:05:00 into my session, no crash though.", []),
        ("The boss bugged out 3:10:00 into our session again.", []),
    ],
    "look-alikes: the clip's stamps": [
        ("The freeze is at 0:41 in this clip, 2:05:00 into the stream.", [(41.0, None), (7500.0, None)]),
        ("The stutter starts at 0:12 of my clip and repeats at 0:52.", [(12.0, None), (52.0, None)]),
        ("Playtime is 41:17 on this save; in the clip the hitch is at 0:23.", [(23.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_played(text, expected):
    assert found_spans(text) == expected
