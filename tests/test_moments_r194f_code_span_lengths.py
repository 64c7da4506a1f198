"""A length set in a Markdown code span (blind round 194): "Full match video is `1:34:20` on the shared drive" states
the work's length as the bare "video is 1:34:20" and the bold "**1:34:20**" do. And emphasis closed after a timecode
no longer hides the "in" that makes it a place in the work: "The clip is **0:45** in when he slips"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length in a code span": [
        ("Full match video is `1:34:20` on the team drive. Watch `00:12:40` for the pressing.", [(760.0, None)]),
        ("Our stream was `2:10:05`, and the goal is at `1:12:30`.", [(4350.0, None)]),
    ],
    "a place in the work, its emphasis closed before in": [
        ("The clip is `0:45` in when he slips.", [(45.0, None)]),
        ("The clip is **0:45** in when he slips.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_code_span_lengths(text, expected):
    assert found_spans(text) == expected
