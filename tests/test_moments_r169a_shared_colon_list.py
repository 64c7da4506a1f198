"""A clip's going out told in a clause that a colon closes, then where things happen in it (blind round 169, a
Lucknow RWA notice): "Kindly see the clip (3.20 minutes long) shared in the group: at 0.48 the child is pressing all
buttons" is 48. "shared", "posted", "uploaded" just before a dotted number say when the clip went out ("The clip was
posted at 9.15"); a colon between ends that clause, and what follows it lists the clip's moments."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a colon after the clip's going out, then a dotted position": [
        ("Kindly see the clip (3.20 minutes long) shared in the group: at 0.48 the child is pressing all buttons.",
         [(48.0, None)]),
        ("The dashcam video (2.40 minutes) was posted on the society page: at 0.35 the tempo driver cuts in from the "
         "left.", [(35.0, None)]),
        ("See the 4-minute video uploaded by the traffic police: at 0.52 the bus jumps the signal.", [(52.0, None)]),
    ],
    "when the clip went out stays nothing": [
        ("The clip was posted at 9.15 on the group.", []),
        ("The clip was shared at 7.30 in the evening.", []),
        ("The 3-minute video was uploaded on the society page at 8.45 tonight.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_shared_colon_list(text, expected):
    assert found_spans(text) == expected
