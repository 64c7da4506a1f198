"""A work handed to the reader with its length in brackets (blind round 127): "Here&#8217;s the kapa haka festival
video (2:31:40) with what to watch:". "Here's the video (2:31:40)" gives the video and how long it is, as a title's
"Teaser (1:36)" does: no position (the contract's "a title followed by its length"). The apostrophe may be an HTML
entity. A bracket after footage that then shows something stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a presented work's bracketed time is its length": [
        ("Here's the full council webcast (1:52:10) for anyone who missed it; the vote is at 1:40:02.",
         [(6002.0, None)]),
        ("<p>Here&rsquo;s our school prizegiving video (48:20), enjoy!</p>", []),
        ("Below is the Diwali mela livestream (3:05:00), with the dance at 1:12:30.", [(4350.0, None)]),
    ],
    "footage that shows something at its bracket stays a position": [
        ("The drone footage (0:45) shows smoke over the ridge.", [(45.0, None)]),
        ("Here's where the bodycam footage (1:05) shows the door open.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_presented_work_length(text, expected):
    assert found_spans(text) == expected
