"""A record's time restored or confirmed on a leaderboard (blind round 80, longform): "The previous record holder ...
has been reinstated at 27:58.9", "her run was ratified at 1:02:44.5" -- a record or a run named before "reinstated",
"ratified" or "verified" at a time makes it the run's time, no position. A video reinstated at a point of an edit
stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a record's time reinstated or ratified": [
        ("Her run was ratified at 1:02:44.5 on Friday.", []),
        ("The old record holder was reinstated with 41:10.2.", []),
        ("After the appeal, the Finnish runner's time was verified at 19:58.3 by the moderators.", []),
    ],
    "look-alikes stay as they are": [
        ("The video was reinstated at 2:30 in the edit, where the dog runs in.", [(150.0, None)]),
        ("At 14:06 in the record video the counter shows 4.", [(846.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_reinstated_records(text, expected):
    assert found_spans(text) == expected
