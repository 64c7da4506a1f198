"""An auto-caption transcript's line stamps (blind round 88): "12:04 so turn with me ...\n13:10 now I told you last
week ...". A stamp opening a caption line, the spoken words after it in lower case and the line above or below
stamped alike, is the line's place in the recording: a day the speaker names to listeners ("last week",
"yesterday", "on Sunday") is the speaker's, not the stamp's. A diary's stamped lines, no one speaking ("07:30 woke
up, coffee on Monday"), and a chat log's stamps naming their speaker stay clocks of the day. A speaker's "we're
forty minutes in now" is the position they are at."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a caption line's day words are the speaker's": [
        ("3:02 okay so welcome back everyone\n3:19 as I said yesterday the dough needs time\n3:40 right, flour",
         [(182.0, None), (199.0, None), (220.0, None)]),
        ("21:15 and you remember we did this on Tuesday\n21:48 so let's pick it up from there",
         [(1275.0, None), (1308.0, None)]),
        ("0:41 now we went over this last week in the lab\n0:58 so I won't repeat it", [(41.0, None), (58.0, None)]),
    ],
    "a diary's or a chat's stamped lines stay the day's": [
        ("07:30 woke up, coffee on Monday\n08:15 left for work", []),
        ("[21:14] kayo_b: see you tomorrow\n[21:15] m1ra: night", []),
    ],
    "a speaker's 'minutes in now' is where they are": [
        ("for everyone on the stream, we're about twenty minutes in now, so grab a drink", [(1200.0, None)]),
        ("I'm an hour in now. Still no fox.", [(3600.0, None)]),
        ("I waited ten minutes in the rain now and then.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_caption_lines(text, expected):
    assert found_spans(text) == expected
