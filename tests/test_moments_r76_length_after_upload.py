"""A work's length in brackets after when or where it went up (blind round 76): "the highlights video uploaded on
14.01.2026 (duration 10.25 minutes)". The footage noun, a participle of its release or recording (uploaded, posted,
shared, recorded ...) with its date or place, a date's dots included, then the bracketed length: the length of that
work, which its dotted positions and end forms count in. An event's bracket after a date is no footage's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a footage noun, when it went up, then its length": [
        ("I am writing about the match video posted on 03.02.2026 (duration 8.40 minutes). Again from 5.10 to 5.35 "
         "the wrong replay is shown.", [(310.0, 335.0)]),
        ("Our clip recorded at the ground on 2 May (1 min 40 s) is rough: the final ten seconds are black.",
         [(90.0, 100.0)]),
        ("The highlights video uploaded on 14 Jan (12 min) ends badly. The last minute is a slideshow.",
         [(660.0, 720.0)]),
    ],
    "look-alikes: an event's length after its date": [
        ("Surgery at the hospital on 12.03.2025 (duration 4 hours) went well.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_after_upload(text, expected):
    assert found_spans(text) == expected
