"""A time said to be on the replay (blind round 81, lists): "4. The Long Field (7:45) — the extended outro starts
23:10 on the replay" places the outro in the recording kept of the show, after the track's bracketed studio length;
no time of day past that length. A match played again ("19:45 on the replay night") is no recording."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "on the replay or the recording, after a bracketed length": [
        ("Set list:\n1. Harbour Song (4:40)\n2. Ember (6:15) — the long coda starts 31:20 on the replay\n"
         "3. Northern Line (3:50)", [(1880.0, None)]),
        ("Tracks: Ashfall (5:02) — the guitar solo is 44:10 on the recording.", [(2650.0, None)]),
        ("The drop lands at 12:30 on the replay.", [(750.0, None)]),
    ],
    "near-misses: a replayed match, a day": [
        ("The original tie was 1-1; kick-off is 19:45 on the replay night.", []),
        ("Kick-off was 20:00 on Tuesday.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_on_the_replay(text, expected):
    assert found_spans(text) == expected
