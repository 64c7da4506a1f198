"""A match's or a race's own clocks and margins beside a video's positions (blind round 77): a day's play by the
clock ("Stumps: 18:10", "Close of play 17:55", "Tea: 15:20"), a record's "Time of X:" field ("Time of decision:
14:05"), an esports match's timer named after the time ("at 31:40 game time") and a lead kept or held on the
standings ("keeps the jersey by 0:48", "leads the race by 2:05"): none is a position. The footage's own times in the
same text stay positions, and so does a time the text places in the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a day's play by the clock is no position": [
        ("The first wicket falls at 1:22 in the highlights.\n\nStumps: 18:10. Play starts at 9:30 on Sunday.",
         [(82.0, None)]),
        ("The run-out is at 2:40 in the package. Close of play: 17:55.", [(160.0, None)]),
        ("The appeal is at 0:51 in the clip. Tea: 15:20; drinks 16:45.", [(51.0, None)]),
    ],
    "a record's 'Time of X' field is a time of day": [
        ("On the onboard video the cars touch at 0:22. Time of decision: 14:05.", [(22.0, None)]),
        ("The bodycam shows the fall at 1:10.\nTime of incident - 21:47", [(70.0, None)]),
    ],
    "a match's own timer named after the time": [
        ("The ace lands at 31:40 game time; in the stream VOD it is at 2:12:05.", [(7925.0, None)]),
        ("Baron goes down at 27:03 (match time), which is 1:04:10 in the broadcast.", [(3850.0, None)]),
        ("The dragon falls at 22:15 game time, about 41:30 into the VOD.", [(2490.0, None)]),
        ("At 18:05 (match clock) the keeper slips; the clip has it at 5:12.", [(312.0, None)]),
        # near-miss: a new clause naming the match's time after a position
        ("At 4:10 match time shows on the scoreboard in the video.", [(250.0, None)]),
    ],
    "a lead kept or held on the standings": [
        ("Okafor keeps the jersey by 0:48. His attack is at 6:15 in the highlights.", [(375.0, None)]),
        ("She leads the race by 2:05 with one stage left; the crash is about 3:30 into the recap.",
         [(210.0, None)]),
    ],
    "a time placed in the footage stays a position": [
        ("The wicket is at 2:10 in the highlights, and tea is at 4:40 in the video.", [(130.0, None), (280.0, None)]),
        ("The gap is cut by 2:40 in the video.", [(160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sport_day_clocks(text, expected):
    assert found_spans(text) == expected
