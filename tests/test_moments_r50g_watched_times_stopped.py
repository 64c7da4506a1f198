"""A person stopping or pausing at a time after watching the footage over and over (blind round 50): a long read's
"His sister, Eleri, now 47, watched it more than a hundred times. “I stopped at 6:48 and I just sat there,” she told
me." lost 6:48. "I stopped at" is a playback verb only where the footage was said to be played near it ("played the
clip"); watching it a number of times says so too. Watching something that is no footage, or a break after the
clock ("stopped at 21:00 for dinner"), stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "stopped or paused at a time after the footage was watched over and over": [
        ("His sister, Eleri, now 47, watched it more than a hundred times. “I stopped at 6:48 and I just sat there,” "
         "she told me.", [(408.0, None)]),
        ("I must have watched the dashcam clip fifty times. I paused at 2:13 every time, looking for the plate.",
         [(133.0, None)]),
        ("We rewatched the footage 20 times; we stopped at 1:05 and argued about the shadow.", [(65.0, None)]),
    ],
    "no footage watched, or a break after the clock, stays the day's": [
        ("We watched it on TV at home. We stopped at 21:00 for dinner.", []),
        ("I watched the match ten times in my head. I stopped at 14:30 and went to the shops.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watched_times_stopped(text, expected):
    assert found_spans(text) == expected
