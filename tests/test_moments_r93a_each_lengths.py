"""A time followed by "each" or "apiece" closing its clause (blind round 93): a hockey review's "with Thunder Bay on
a 5-on-3 after two minors (2:00 each) to Lakehead". Every one of the things counted lasts that long: a duration
(the contract: durations of other events, lengths of clips), no position. "each" opening something else after the
time ("at 0:42 each time", "at 1:12, each player") leaves the position alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'(m:ss each)' is a length every one has": [
        ("Glasgow went ahead on a two-man advantage after back-to-back minors (2:00 each) to the visitors.", []),
        ("The three shorts (0:30 apiece) went up on Friday; in the first, the logo drops at 0:21.", [(21.0, None)]),
        ("Both highlight reels run 4:10 each, so skip to 1:55 of the first for the save.", [(115.0, None)]),
    ],
    "'each' opening something else stays a position": [
        ("In the clip, the alarm sounds at 0:42 each time the door swings open.", [(42.0, None)]),
        ("At 1:12 in the video, each player turns to the bench.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_each_lengths(text, expected):
    assert found_spans(text) == expected
