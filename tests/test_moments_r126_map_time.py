"""An esports map's or round's elapsed time named before its reading is a game clock, no position (blind round 126):
"Map time 47:19." The game's own clock, like "round timer 0:21" (round 118); the VOD's positions in the same text
stay. Counter-cases: "the map at 1:12 in the VOD" and "the round at 4:10 of the VOD" place a part of the recording."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a map's or round's time is a game clock": [
        ("CS2 major: Vitality win Mirage 13-9. Map time 41:02. The VOD has the ace at 2:14:30.", [(8070.0, None)]),
        ("Dota: round clock read 1:12 when the fight broke. Replay at 55:40.", [(3340.0, None)]),
        ("LoL worlds: map time: 28:50 when the baron fell; the stream has it at 3:05:12.", [(11112.0, None)]),
    ],
    "a map or a round placed in the recording stays a position": [
        ("The map at 1:12 in the VOD shows the rotation.", [(72.0, None)]),
        ("The round at 4:10 of the VOD is the best one.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_map_time(text, expected):
    assert found_spans(text) == expected
