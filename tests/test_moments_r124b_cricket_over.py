"""Cricket's "over", the noun, standing before a range or a time (blind round 124): "Highlights clip: Rizwan's catch
at 02:36, the last over from 08:10 to 09:45." After a determiner or an ordinal ("the last over", "the 18th over",
"a maiden over") "over" is six balls, not "more than": the stretch is exact. A hedging "over" ("just over 3:10",
"a little over 2:05:00", "over the 4-minute mark") still hedges."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an over of cricket before a time is no hedge": [
        ("In the highlights package, the 18th over from 04:05 to 05:20 is where the game turns.",
         [(245.0, 320.0, False)]),
        ("Extended highlights: Bumrah's final over from 11:40 to 13:02, then the presentation.",
         [(700.0, 782.0, False)]),
        ("Watch the clip: that maiden over from 2:10 to 3:30 is pure class.", [(130.0, 210.0, False)]),
    ],
    "a hedging over stays a hedge": [
        ("In the replay the run-out is a little over 6:10.", [(370.0, None, True)]),
        ("The stumping comes just over the 4-minute mark of the highlights.", [(240.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_cricket_over(text, expected):
    assert found_hedged(text) == expected
