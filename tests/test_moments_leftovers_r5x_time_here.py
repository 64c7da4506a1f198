"""The time where the writer is, maybe hedged ("it's also like 12:40 here", a leftover of blind round 58): a time of
day, not a position, even in a thread about a video; a time "here where" something happens, or pointed at with
"check … here", stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

_PLACED = "The goal is at 3:12 in the vod. "
FAMILIES = {
    "the time where the writer is": [
        (_PLACED + "It's about 4:15 where I am.", [(192.0, None, False)]),
        (_PLACED + "It's nearly 2:00 over here, going to bed.", [(192.0, None, False)]),
        (_PLACED + "it's already like 1:30 here lol", [(192.0, None, False)]),
        ("[20:02] ana: 9:05 in the vod\n[20:03] bo: it's also around 9:05 where we live, spooky",
         [(545.0, None, False)]),
    ],
    "a position said with here": [
        (_PLACED + "It's like 4:10 here where the keeper slips.", [(192.0, None, False), (250.0, None, True)]),
        (_PLACED + "Check 4:10 here: the keeper slips.", [(192.0, None, False), (250.0, None, False)]),
        (_PLACED + "The save at 4:10 here is better.", [(192.0, None, False), (250.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_the_time_here_is_a_time_of_day(text, expected):
    assert found_hedged(text) == expected
