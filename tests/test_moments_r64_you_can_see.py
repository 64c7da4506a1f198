"""The viewer told where to look in a past-tense post (blind round 64): "I was 3 seconds behind my gold, you can see me
miss the dash at 19:20" is a position in the run's video, not the time of day a past tense would make it; "you can
see why ..." or "you can see that ..." points at no footage, and plain past narration stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "you can see ... at": [
        ("I was two seconds behind my best there, you can see me clip the wall at 12:05.", [(725.0, None, False)]),
        ("Great run! I think I lost time at the boss, you can see I waited for the platform at 8:40.",
         [(520.0, None, False)]),
        ("We missed the start, but you'll hear the crowd went quiet at 1:12.", [(72.0, None, False)]),
    ],
    "no look pointed at": [
        ("We left the house at 7:30 and drove for an hour.", []),
        ("You can see why I was annoyed: the bus left at 7:30.", []),
        ("You can see that we arrived at 9:15, before the rain.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_you_can_see(text, expected):
    assert found_hedged(text) == expected
