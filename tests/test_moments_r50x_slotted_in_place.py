"""A thing slotted in place in footage the sentence walks through (round 50): "the first section of barrier is lifted
into place at 0:14, and the final panel is slotted in at 1:58" places the panel at 1:58, as the position under a minute
before it (no clock of the day reads 0:14) shows; a line-up's billing ("the support act was slotted in at 19:10") stays
the day's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "slotted in place after a position under a minute": [
        ("The first section of barrier is lifted into place at 0:14, and the final panel is slotted in at 1:58, just "
         "as the light fades.", [(14.0, None), (118.0, None)]),
        ("The crane lowers the first beam at 0:40, and the last one is slotted into place at 2:15.",
         [(40.0, None), (135.0, None)]),
        ("In the time-lapse the frame goes up at 0:09, and the final brace is slotted home at 3:05.",
         [(9.0, None), (185.0, None)]),
    ],
    "left alone": [
        ("The support act was slotted in at 19:10.", []),
        ("Doors at 18:30, and the support act was slotted in at 19:10.", []),
        ("The headliners were billed from 20:45 on the main stage.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_slotted_in_place(text, expected):
    assert [(round(s, 1), e) for s, e in found_spans(text)] == expected
