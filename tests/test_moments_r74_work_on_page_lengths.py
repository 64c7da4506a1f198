"""A work said to be on the page, its length in brackets (blind round 74): "Our highlights package (4:50) is above.",
"The full video (3:10) is embedded below." The bracket is the work's length, the one its end forms count from ("the
last 30 seconds of the package" = 260-290); "above" or "below" that is no place on the page ("below par") leaves a
bracketed position alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's length where it is on the page": [
        ("Our highlights package (4:50) is above.", []),
        ("The match report video (6:12) is embedded below this article.", []),
        ("Our replay (3:05) is pinned at the top.", []),
    ],
    "end forms and positions count in that work": [
        ("Our highlights package (4:50) is above. The shout comes in the last 30 seconds of the package.",
         [(260.0, 290.0)]),
        ("The full video (3:10) is embedded below. At 0:40 the dog jumps. The last 20 seconds are the best.",
         [(40.0, None), (170.0, 190.0)]),
    ],
    "no place on the page stays a position": [
        ("The replay (2:10) is below par for the broadcaster.", [(130.0, None)]),
        ("The goal (1:12) is above the bar.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_on_page_lengths(text, expected):
    assert found_spans(text) == expected
