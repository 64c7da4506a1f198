"""A speedrun's times told in a forum's words (round 52, `tests/data/moments_genres_round52.jsonl`): a leaderboard's
top time, a record that "is" a time, splits compared "ahead of pace (9:14 vs 9:20)"; race times, not positions.
Sentences written for the family, with look-alikes that must stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a speedrun's times in a forum's words": [
        ("The leaderboard has 41:05.33 as the top time and mine was 41:19.80.", []),
        ("Glitchless WR there is 1:02:44, absolutely cracked.", []),
        ("The current WR is 27:31 on the new patch.", []),
        ("The category is separate and the WR in it is 35:02.", []),
        ("His splits to the first boss were ahead of pace (6:14 vs 6:20) but he choked.", []),
        ("He was ahead of pace (11:02 vs 11:15) until the last boss.", []),
        ("She's behind PB (8:40 vs 8:31) after the water level.", []),
        # look-alikes: positions in the run's video
        ("The skip that saves the WR is at 12:40 in the VOD.", [(760.0, None)]),
        ("Watch the run from 3:10, the pace is insane.", [(190.0, None)]),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_speedrun_times_are_race_times(text, expected):
    assert found_spans(text) == expected
