"""Minutes said right after a score are the match's clock ("We were 2-0 up at 71 minutes," blind round 61's
sports-07): no position, even in a text about the highlights; "at 71 minutes" said of the footage stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a score, then at N minutes": [
        ("The highlights are at 7:02. “We were 2-0 up at 71 minutes,” he said.", [(422.0, None)]),
        ("The video shows the save at 3:10. Harbour led 3–1 at 60 minutes and lost.", [(190.0, None)]),
        ("In the highlights package the goal is at 5:40; they were 1-0 down at 80 minutes.", [(340.0, None)]),
    ],
    "minutes of the footage": [
        ("The highlights video is great. At 71 minutes the keeper slips.", [(4260.0, None)]),
        ("In the 2-0 win video, at 4 minutes the crowd sings.", [(240.0, None)]),
        ("The 10-15 clip shows the save at 4 minutes.", [(240.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_minutes_after_a_score(text, expected):
    assert found_spans(text) == expected
