"""Footage called later by the word that named it ("My sample clip (3:12 long) ... The final 30 seconds of the
sample, through a dark tunnel", a leftover of blind round 57): an end form "of the sample" is that footage's span,
not another event's; "of the storm", "of the race" (no footage named by the word) stay another event's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "footage called by its word": [
        ("My drone video (4:00 long) is a flyover. In the last 20 seconds of the drone, it lands.", [(220.0, 240.0)]),
        ("The test footage runs 2:00. The last 10 seconds of the test, in the rain, show smear.", [(110.0, 120.0)]),
        ("Our night clip is 1:30 long. The final 15 seconds of the night, by the harbour, are grainy.",
         [(75.0, 90.0)]),
    ],
    "another event after of stays another event": [
        ("My sample clip (3:12 long) is a descent. The final 30 seconds of the storm, in a tunnel, were loud.", []),
        ("My sample clip (3:12 long) is a descent. In the final 30 seconds of the race, the leader fell.", []),
        ("The drone flew for 4 minutes. In the last 20 seconds of the drone, it lands.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_called_by_its_word(text, expected):
    assert found_spans(text) == expected
