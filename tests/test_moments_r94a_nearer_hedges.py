"""A reply's correction with "nearer" (blind round 94, forum): 'about 47 minutes into the stream' answered by
'Nearer the 48-minute mark.' "Nearer (to)" and "closer to" hedge the time they stand before, as "near" and "close to"
do: the position is approximate. The same position said with no hedge stays exact, and "nearer" before something
else than the time hedges nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "'nearer' or 'closer to' before a time hedges it": [
        ("The save is about 31 minutes into the replay.\n\nReply: nearer to the 32-minute mark, mate.",
         [(1860.0, None, True), (1920.0, None, True)]),
        ("The walkout starts at 1:02:10 in the stream. Reply: it's nearer 1:03:00 on the VOD.",
         [(3730.0, None, False), (3780.0, None, True)]),
        ("Nah, closer to the 12-minute mark of the podcast.", [(720.0, None, True)]),
    ],
    "the time said alone stays exact": [
        ("Reply: the 32-minute mark of the replay, mate.", [(1920.0, None, False)]),
        ("The keeper moves nearer the post at 0:41 in the clip.", [(41.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_nearer_hedges(text, expected):
    assert found_hedged(text) == expected
