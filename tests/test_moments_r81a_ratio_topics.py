"""A ratio's word naming a topic, then a place (blind round 81, lists): "the ratio test example at 31:12 has a sign
error" places the example in a lecture; "ratio" names the test, not the figure after "at". A ratio or odds told as
a figure ("stood at 3:1", "at odds of 7:2", "is 16:9") is still no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a topic named by ratio or odds, then placed": [
        ("The ratio test example at 31:12 has a sign error.", [(1872.0, None)]),
        ("In lecture 4 the odds question at 22:40 is the one to watch.", [(1360.0, None)]),
        ("The proportion problem around 12:05 uses the wrong total.", [(725.0, None)]),
    ],
    "near-misses: ratios and odds as figures": [
        ("The ratio stood at 3:1 for most of the decade.", []),
        ("He backed it at odds of 7:2 before the off.", []),
        ("The aspect ratio is 16:9 on the TV version.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_ratio_topics(text, expected):
    assert found_spans(text) == expected
