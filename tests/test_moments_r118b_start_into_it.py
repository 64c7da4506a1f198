"""A start said as an offset "into it" (the footage named before by a pronoun), then how long the thing goes on
(blind round 118: 'the full episode is 1h 24m; the fight starts 1:20:15 into it and goes for about 2 minutes'): one
range from the start, as "starts 12:48 into the video and lasts about 40 seconds" is. The hedge on the length
carries. A start "into it" with no length stays a point."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a start 'into it' then its length is a range": [
        ("The webinar is an hour long; the Q&A starts 48:30 into it and runs for about ten minutes.",
         [(2910.0, 3510.0, True)]),
        ("Grab the match replay. The brawl begins 1:12:05 into it and lasts 40 seconds.", [(4325.0, 4365.0, False)]),
        ("The vlog's a long one, but the proposal starts 19 minutes into it and goes on for nearly three minutes.",
         [(1140.0, 1320.0, True)]),
    ],
    "a start 'into it' with no length stays a point": [
        ("The episode drags, but the twist starts 41:20 into it.", [(2480.0, None, False)]),
        ("The concert is long; the encore starts at 1:31:00 and goes for about 6 minutes.",
         [(5460.0, 5820.0, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_start_into_it(text, expected):
    assert found_hedged(text) == expected
