"""A work's length in brackets right before its link (blind round 141, forum): a boiler thread's "Video (1:48):
youtu.be/…". The bracket after the work's noun, then the link that opens it, is the work's length (as "Teaser (1:36)"
is), no position; a bracket after an act in the footage, or with no link, stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's bracketed length before its link is no moment": [
        ("Dashcam clip (0:52): https://streamable.com/q7x2 — the lorry drifts over at 0:31.", [(31.0, None)]),
        ("Full video (12:04) here: www.youtube.com/watch?v=abc123", []),
        ("Footage [2:47] - https://vimeo.com/55512 if anyone can ID the bird at 1:05.", [(65.0, None)]),
    ],
    "a bracketed time after an act stays a position": [
        ("He slips on the ice (0:45): youtu.be/Zz9?t=45", [(45.0, None), (45.0, None)]),
        ("The whistle goes (1:12) and the crowd spills on.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_linked_work_length(text, expected):
    assert found_spans(text) == expected
