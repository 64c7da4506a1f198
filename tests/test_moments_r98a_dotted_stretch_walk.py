"""A dotted stretch walking on from the dotted point just placed (blind round 98, regional, Indian English): "the
Bengaluru traffic police reel is too funny. See at 0.38 — the auto-wallah reversing on the flyover! And from 1.05 to
1.19 the cop is chasing him on foot." A paragraph that named its reel walks through it; a "from m.ss to m.ss" stretch
opening its clause, shortly after the last dotted point placed there, is a range in the same footage. A stretch far
from it, or one inside a clause of the world ("The bus ran from 1.05 to 1.19 late"), is no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stretch walking on from the last dotted point is a range": [
        ("Check the Pune cattle reel. See at 0.21 — the buffalo climbs onto the bonnet! Then from 0.47 to 1.02 the "
         "farmer chases it.", [(21.0, None), (47.0, 62.0)]),
        ("The Lagos danfo clip is wild. Watch at 0.12 — the conductor hangs off the door. And from 0.40 to 0.58 he "
         "runs beside the bus.", [(12.0, None), (40.0, 58.0)]),
    ],
    "a stretch of the world stays nothing": [
        ("The Pune cattle reel is funny. See at 0.21 — the buffalo climbs onto the bonnet! The shop was open from "
         "9.05 to 9.40.", [(21.0, None)]),
        ("The Pune cattle reel is funny. See at 0.21 — the buffalo climbs onto the bonnet! The bus ran from 1.05 to "
         "1.19 late.", [(21.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_stretch_walk(text, expected):
    assert found_spans(text) == expected
