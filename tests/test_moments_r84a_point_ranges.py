"""A range told between two "points" (blind round 84): a judgment's "from the 1:06 point to the 1:19 point" is one
stretch, as "from the 1:06 mark to the 1:19 mark" is; "between the 2:10 and 2:48 points" too. The verb "points to"
after a range is no part of it, and a lone "the 3:40 point" stays a point."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "two points make one range": [
        ("The exhibit shows the stop from the 0:42 point to the 1:05 point.", [(42.0, 65.0)]),
        ("Between the 3:10 and 3:25 points the officer is out of frame.", [(190.0, 205.0)]),
        ("Counsel played the recording from the 12:02 point until the 12:40 point.", [(722.0, 760.0)]),
    ],
    "look-alikes stay as they are": [
        ("The clip from 2:06 to 2:19 points to a failure of the brakes.", [(126.0, 139.0)]),
        ("At the 3:40 point the driver opens the door.", [(220.0, None)]),
        ("The team won 3:1 on points in the final.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_point_ranges(text, expected):
    assert found_spans(text) == expected
