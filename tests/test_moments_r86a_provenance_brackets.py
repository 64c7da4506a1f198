"""A video's length in brackets with where it came from (blind round 86): "Video A (1:24, first posted on X at
14:52 WAT)", "the clip (0:38, shared on WhatsApp)": a work named by its noun or its label, then its length and a
note of its posting, is that work's length, not a position. A bracketed time after an action, or one glossed by
where in the frame it is ("Video A (1:12, left of frame)"), stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length with the work's provenance in its brackets": [
        ("Clip 2 (2:05, posted to Telegram that night) is shot from a rooftop.", []),
        ("Video C (0:47, forwarded on WhatsApp) shows the same gate.", []),
        ("The footage (3:10, originally uploaded by a resident) is shaky.", []),
    ],
    "a bracketed time that places stays": [
        ("The bus stops (0:38, shared by fans) and the doors open.", [(38.0, None)]),
        ("In Video A (1:12, left of frame) the car stops.", [(72.0, None)]),
        ("Video B (0:52, first posted on X) shows the gate; at 0:19 it opens.", [(19.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_provenance_brackets(text, expected):
    assert found_spans(text) == expected
