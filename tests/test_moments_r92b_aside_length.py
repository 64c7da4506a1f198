"""A work's length as the second of two facts in an aside after its name (blind round 92, a longform profile):
"In the GripSport 2 review, released in March and 18 minutes 20 seconds long, ... the last 30 seconds of the video
are ...". The length after "and" was not read, so the end form had no length to count from. The length itself is
no moment; a count after "and" is no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form counts from a length told after 'and' in the aside": [
        ("In the new review, posted on Friday and 12 minutes 40 seconds long, the last 45 seconds are the verdict.",
         [(715.0, 760.0)]),
        ("Her latest vlog, shot in Accra and nine minutes long, spends its final minute on the market.",
         [(480.0, 540.0)]),
    ],
    "the length alone is no moment": [
        ("The video, released in March and 18 minutes long, ends well.", []),
    ],
    "a count after 'and' is no length": [
        ("The trailer, cut in April and shown 3 times a day, has its best shot at 1:10.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_aside_length(text, expected):
    assert found_spans(text) == expected
