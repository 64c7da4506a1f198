"""Clocks of a broadcast's day that round 52 (`tests/data/moments_genres_round52.jsonl`) showed read as positions:
a clock glossed in brackets by its position in the recording ("At 21:47 (about 47 minutes into the broadcast)": only
the gloss is a position). Sentences written for the family, with look-alikes that must stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock glossed by its position": [
        ("At 20:12 (roughly 12 minutes into the programme), the studio lights failed.", [(720.0, None)]),
        ("The feed dropped at 18:31 (31 minutes into the stream) and came back a minute later.",
         [(1860.0, None), (1920.0, None)]),
        # look-alike: a position glossed by the clock shown on screen stays a position
        ("At 12:40 into the stream (the studio clock shows 20:12) the lights fail.", [(760.0, None)]),
        ("At 2:10 (the second verse) the crowd sings along.", [(130.0, None)]),
        # another cut's timecode in the brackets: both stay positions
        ("At 20:40 (20:43 in the longer version) the door slams.", [(1240.0, None), (1243.0, None)]),
    ],
}

_CASES, _IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=_IDS)
def test_round52_a_broadcast_day_s_clocks(text, expected):
    assert found_spans(text) == expected
