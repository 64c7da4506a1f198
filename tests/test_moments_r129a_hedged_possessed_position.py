"""A time told in another work's possessive after a hedge or a verb of matching (blind round 129, visual): "which puts
the phone recording's start at roughly the CCTV's 5:43" is 343, approximate. The possessive names the work the time
is in (as round 99's "its last frame is the long version's 2:46"), so neither the hedge between "at" and "the" nor a
verb of matching ("equals", "matches") makes it that work's length; the hedge is on the time. A work's possessive
with its verb of being cut ("This clip's only 2:05") stays a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a hedged time in another work's possessive is a position": [
        ("Our dashcam clip opens at around the drone video's 3:18, judging by the flare.", [(198.0, None, True)]),
        ("The siren at 0:41 in the phone clip sits at about the bodycam's 12:06.",
         [(41.0, None, False), (726.0, None, True)]),
    ],
    "a verb of matching before another work's time": [
        ("Its 1:04 matches the original broadcast's 22:30, so the crowd noise is real.",
         [(64.0, None, False), (1350.0, None, False)]),
        ("Frame for frame, the repost's 0:09 equals the livestream's 47:15.",
         [(9.0, None, False), (2835.0, None, False)]),
    ],
    "a work's possessive as its verb of being stays a length": [
        ("This clip's only 2:05, and at 0:40 the roof goes.", [(40.0, None, False)]),
        ("The raw file's 41:30; the fight is at 12:10.", [(730.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hedged_possessed_position(text, expected):
    assert found_hedged(text) == expected
