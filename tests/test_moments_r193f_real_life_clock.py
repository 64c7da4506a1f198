"""A clock told as the world's, right after it (blind round 193): "the fireworks start at 1:51:30 on the recording,
though they went off at about 10:20 in real life" sets the recording's place against the time of day the thing
happened; "in real life", "IRL" and "in the real world" right after the clock make it a time of day. Those words
further on, about something else, leave a position alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the world's clock": [
        ("The band comes on at 0:32:10 in the stream, though they actually started at 9:40 in real life.",
         [(1930.0, None)]),
        ("The goal is at 0:48 in the highlights clip, scored at 15:32 IRL.", [(48.0, None)]),
        ("In the timelapse video the fog rolls in at 2:05. It really got there at about 4:20 in the real world.",
         [(125.0, None)]),
        ("The launch is at 4:12 in the replay and happened at 6:03 in the real world.", [(252.0, None)]),
    ],
    "positions stay": [
        ("At 1:12 in the video you see her, in real life she was taller.", [(72.0, None)]),
        ("The stunt at 2:40 looks fake but in real life it was done without wires.", [(160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_real_life_clock(text, expected):
    assert found_spans(text) == expected
