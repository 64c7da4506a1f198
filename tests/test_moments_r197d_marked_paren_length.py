"""A work's length in brackets, marked up inside them (blind round 197): "Watch the full video on our channel
(<em>12:06</em>)" is its length as "(12:06)" is; the emphasis is only how the page shows it. A marked-up time that is
a position stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "marked-up length in brackets": [
        ("<p>Watch the full video on our channel (<em>12:06</em>), or jump to the step you need:</p>\n"
         "<li>Slice the pork &mdash; 1:35</li>", [(95.0, None)]),
        ("The whole match replay on YouTube (<strong>1:52:40</strong>) is worth it; the goal at 23:10 is the pick.",
         [(1390.0, None)]),
        ("Full stream on our page (**48:20**). The drop at 31:05 is the moment.", [(1865.0, None)]),
    ],
    "a marked-up position stays": [
        ("The keeper slips in the video (<em>0:45</em>) and the crowd laughs.", [(45.0, None)]),
        ("<p>The drop lands at <strong>31:05</strong>.</p>", [(1865.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_marked_paren_length(text, expected):
    assert found_spans(text) == expected
