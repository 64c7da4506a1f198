"""A part placed with "is at" and given its length after "and lasts" (blind round 139): 'Sponsor read (Vula Fibre) is
at about 1:02:00 and lasts 90 seconds.' This is the spec's start plus a length, told as "starts at ... and lasts"
is: one range from the start, hedged when either is. A time of day placed with "is at" and a length ('the meeting
is at 10:30 and lasts an hour') is the day's slot and no range: the form takes an hour's timecode, a time into the
footage, or a mark, as a plural's "start at" does."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a part that is at a position and lasts a length is a range": [
        ("The sponsor read is at roughly 0:48:30 and lasts two minutes.", [(2910.0, 3030.0)]),
        ("The giveaway segment sits at 1:15:00 and runs about 4 minutes.", [(4500.0, 4740.0)]),
        ("The interview is at 14:20 into the video and lasts 3 minutes.", [(860.0, 1040.0)]),
    ],
    "the day's slot, or a position with another thing's length, is no range": [
        ("The meeting is at 10:30 and lasts an hour.", []),
        ("The drum solo is at 1:12:10 in the video, and the encore lasts 6 minutes.", [(4330.0, None)]),
        ("The sponsor read is at roughly 0:48:30; the whole show lasts two hours.", [(2910.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_is_at_and_lasts(text, expected):
    assert found_spans(text) == expected
