"""A broadcaster's time check going on with "and" (blind round 199): "PRESENTER: It's 8:14 and we're talking about that
video of the swan" tells listeners the time, as "It's 8:20, and we're still on the flood video" already did; a time
"and in the clip" stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a presenter's time check going on with and": [
        ("PRESENTER: It's 8:14 and we're talking about that video of the swan. CALLER: At 0:42 it walks in.",
         [(42.0, None)]),
        ("HOST (Wanjiru): it's 7:05 and the matatu clip is still everywhere.", []),
        ("ANCHOR: It's now 6:50 and here's the video everyone shares.", []),
        ("DJ 2: It's 9:12 and you're listening to the breakfast show; that clip at 1:10 shows the flood.",
         [(70.0, None)]),
    ],
    "left alone": [
        ("HOST: It's 2:10 and in the clip the fight starts.", [(130.0, None)]),
        ("CALLER: At 1:20 and then he falls, you see it.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_presenter_time_check_and(text, expected):
    assert found_spans(text) == expected
