"""A contest's length told as whole periods plus the last one's clock (blind round 61): after positions in the fight
replay, "The ring walks began at 11:05 p.m. ET, and the main event lasted 8 rounds plus 2:14." kept 2:14 as a
position. "lasted 2:14" was already a duration; whole rounds, sets, periods or laps counted before the clock ("lasted
8 rounds plus 2:14", "took five sets and 1:10") make the same duration. A clock said at a point in the replay after
such a count stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "whole periods plus a clock is a duration": [
        ("The decisive left hook comes a tick over 41 minutes into the broadcast, and at 23:30 on the fight replay "
         "you can see Kovac's glove drop. The ring walks began at 11:05 p.m. ET, and the main event lasted 8 rounds "
         "plus 2:14.", [(2460.0, None), (1410.0, None)]),
        ("The stoppage is at 23:30 on the replay. The bout lasted two rounds and 0:45.", [(1410.0, None)]),
        ("Watch the highlights from 4:10. The final took five sets plus 1:10 of the deciding tiebreak.",
         [(250.0, None)]),
        ("In the stream the crash is at 1:02:10; the race had lasted 41 laps and 1:20 by then.", [(3730.0, None)]),
    ],
    "a clock at a point of the replay stays a position": [
        ("The hook comes at 23:30 on the replay. The knockdown in round 8 comes at 2:14 of the replay.",
         [(1410.0, None), (134.0, None)]),
        ("It took 8 rounds, and at 2:14 in the video he finally falls.", [(134.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_periods_plus_clock(text, expected):
    assert found_spans(text) == expected
