""""The final" or "the last" named as a race or an event, then an offset "into" the recording, is a position counted
from the start, no stretch before the end (blind round 126): "The SportSG live stream has the final 2 hr 6 min into
the VOD, lah, and the medal ceremony about 15 minutes later." A tail is told "of" the footage ("the final 30 seconds
of the video") or with no preposition; "into" counts forward from the start, so "final" names the race there, and a
relative after it counts from the offset. Counter-cases: "the final 30 seconds of the clip", "in the last two
minutes" stay tails, and "the first two minutes" stays a range from the start."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the final or the last then an offset into the recording is a position": [
        ("The archived stream has the final 1 hr 12 min into the broadcast, and the podium ten minutes later.",
         [(4320.0, None), (4920.0, None)]),
        ("On the NHK replay you'll find the 4x100 final 3h 05m into the feed, right after the heats.",
         [(11100.0, None)]),
        ("CBC's stream has the women's final 47 minutes into the VOD, eh, so skip ahead.", [(2820.0, None)]),
    ],
    "a tail of the footage stays a tail": [
        ("In the 4-minute clip, the final 30 seconds of it show the sprint.", [(210.0, 240.0)]),
        ("The 10-minute highlights reel is best in the last two minutes.", [(480.0, 600.0)]),
        ("The first two minutes into the 6-minute clip are slow.", [(0.0, 120.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_final_into(text, expected):
    assert found_spans(text) == expected
