"""A work announced as posted, its length in brackets after (blind round 94, forum): "Sportsnet's recap is up
(7:58)." A post saying the recap, the highlights or the video "is up", "is out" or "just dropped" and a bracketed time
right after gives the work's running time, no position. A bracketed time after a sentence placing something in the
footage stays a position, and so does a time in brackets after an event."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work said to be up or out, then its length in brackets": [
        ("The club's highlights are out (9:12). The penalty shout is at 4:40.", [(280.0, None)]),
        ("TSN's condensed game just dropped (14:05) if anyone wants it.", []),
        ("Official video is finally up [3:41]. Watch the drummer at 2:02.", [(122.0, None)]),
    ],
    "a bracketed time after an event stays a position": [
        ("The highlights are up. The keeper comes off his line (4:40) and clatters the striker.", [(280.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_posted_work_length(text, expected):
    assert found_spans(text) == expected
