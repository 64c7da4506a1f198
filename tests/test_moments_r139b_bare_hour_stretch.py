"""A clock opening a stretch that ends on a bare, later hour (blind round 139, transcripts: an interviewee asked about
her morning says "I was, from about 6:45 until 9."). The family: a clock of the day's shape after "from" or "between",
the stretch's end a bare hour later than the clock's, no unit after it ("until 9", "and 8", "to 6 o'clock"), tells
hours of the day, whatever footage the text talks about. A stretch ending on a clock ("until 9:10"), on a unit
("until 9 seconds in") or on an hour no later than its start stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch from a clock to a bare later hour is hours of the day": [
        ("Speaker 2  0:14\nWe were out on the mudflats between 7:30 and 10, counting waders.\n\nSpeaker 1  0:31\nAnd "
         "the footage?", [(14.0, None), (31.0, None)]),
        ("HOST  02:10\nSo when did the shop open that day?\n\nGUEST  02:14\nWe had it open from 8:15 until 11, then "
         "the water came in.", [(130.0, None), (134.0, None)]),
        ("[00:02:05] Guide: Most days I'm on the ridge from roughly 5:15 to 8 o'clock, before the heat.",
         [(125.0, None)]),
        ("In the clip the crowd thins out. The stall was staffed from 9:40 till 11, the owner says.", []),
    ],
    "a stretch ending on a clock or a unit stays a position": [
        ("Watch the vlog from 6:45 until 9:10: that's the whole climb.", [(405.0, 550.0)]),
        ("Watch from 4:20 to 12 minutes in.", [(260.0, 720.0)]),
        ("From 4:20 to 12 in the video, she loses the trail.", [(260.0, None)]),
        ("The stream goes quiet from 5:10 to 3, then picks up.", [(310.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_hour_stretch(text, expected):
    assert found_spans(text) == expected
