"""A work said to be attached or linked, its length in brackets (blind round 110): a bug report's "Repro video
attached (0:38)." The family: "Screen recording linked below (1:12)", "Full clip embedded above (2:05)", opening its
sentence or line, tell the attachment's length, not a place in it. A bracketed time after a video cited in prose ("In
the video attached (0:38) he slips") stays a position, as do the report's own stamps."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an attached or linked work's bracketed length is no position": [
        ("It freezes at `01:02:10`. Screen recording linked below (1:12).", [(3730.0, None)]),
        ("**Attachments:** crash clip uploaded (2:05)\n", []),
        ("Full video embedded above (12:40); the crash is at 4:05.", [(245.0, None)]),
    ],
    "a bracketed time cited in the footage stays a position": [
        ("In the video attached (0:38) he slips.", [(38.0, None)]),
        ("The clip attached shows the stall at 0:38.", [(38.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_attached_length(text, expected):
    assert found_spans(text) == expected
