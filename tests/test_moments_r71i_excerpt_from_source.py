"""A part's length, then the recording it was taken from, then where it begins (blind round 71): "people defending
the doorman share a 40-second excerpt from the livestream, cut to begin at 13:40 and end just before the shove"
places the cut at 13:40 of the livestream. The clock lies far past the 40 seconds told before it, which would make it
a time of day the excerpt shows, but the excerpt is said to come from a longer recording, whose position it is, as a
recording named "in the live video" between them already was. A clip "from" a device, or a release at a clock, still
reads as the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("Online, the two videos have now split opinion neatly along the lines people were already on. Supporters "
         "of Asante share the 47-second clip; people defending the doorman share a 40-second excerpt from the "
         "livestream, cut to begin at 13:40 and end just before the shove.", [(820.0, None)]),
    ],
    "an excerpt, extract or segment from a recording, then its start there": [
        ("The station aired a 30-second extract from the interview tape, which starts at 22:15 in the full "
         "recording.", [(1335.0, None)]),
        ("A 2-minute segment from the council stream, beginning at 1:04:20, has been shared widely.",
         [(3860.0, None)]),
        ("Channel 9 ran a 25-second excerpt from the bodycam footage, trimmed to start at 14:05.", [(845.0, None)]),
    ],
    "a clip from a device, or a release at a clock: the day's": [
        ("The 30-second clip from the doorbell video shows the van arriving at 21:47.", []),
        ("The 20-second excerpt from the bodycam was released at 16:30 on Friday.", []),
        ("A 45-second excerpt, posted by the club, went up at 19:20.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_excerpt_from_source(text, expected):
    assert found_spans(text) == expected
