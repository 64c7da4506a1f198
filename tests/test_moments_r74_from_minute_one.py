""""From minute one" as the idiom for "from the very start" (blind round 74): "fast travel from minute one", "hooked
since minute 1". No minute of the footage; "from minute one to minute three" is still a range, "at minute one" and
"from minute 2" still points."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "from minute one is the start, no position": [
        ("In the review video, fast travel is there from minute one.", []),
        ("I was hooked on this video since minute 1.", []),
        ("The vlog grabs you from minute one and never lets go.", []),
    ],
    "ranges and other minutes stay": [
        ("In the video, from minute one to minute three the host talks.", [(60.0, 180.0)]),
        ("In the video, at minute one the host waves.", [(60.0, None)]),
        ("In the video, from minute 2 the host waves.", [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_from_minute_one(text, expected):
    assert found_spans(text) == expected
