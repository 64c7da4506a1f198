"""A clock in brackets (or between commas) right after a noun of the world's time (blind round 120): 'because the
uploader's stated time (06:12) is the posting time, not the filming time'. "Stated time (06:12)", "posting time
(21:04)", "upload time (08:15)", "the posted time, 22:40," name when a post went up, as "Ticket time: 14:52" names a
field of the day; the bracket only gives the value. A bracketed time after any other noun ("the marked moment
(0:42)") stays a position, and so does a time after "at any given time,"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bracketed clock after a posting or stated time is the day's": [
        ("A clip posted at 21:04 local time claims to show the fire. We relied on shadows, because the posting "
         "time (21:04) says nothing of when it was filmed.", []),
        ("The channel gave its upload time (08:15), but the video was filmed earlier; at 0:42 the sun is low.",
         [(42.0, None)]),
        ("Its claimed time (14:50) is when the post went up, not when the blast happened.", []),
        ("The account's posted time, 22:40, is an hour after the storm passed.", []),
    ],
    "a bracketed time after another noun stays a position": [
        ("Watch the marked moment (0:42) closely.", [(42.0, None)]),
        ("The keeper slips at the worst possible time (1:12) and the ball rolls in.", [(72.0, None)]),
        ("At any given time, 2:30 into the stream included, the chat is flooded.", [(150.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_noun_bracket(text, expected):
    assert found_spans(text) == expected
