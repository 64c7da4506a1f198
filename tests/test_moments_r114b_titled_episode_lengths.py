"""A playlist entry naming an episode by its quoted title before its number, a dash, then a time closing the entry
(blind round 114): '1. "Chai & Cricket" Ep 41 — 1:02:15', '2. "History in Urdu" Ep 7 — 48:30'. Like "Ep. 2 "Railway
Money" — 51:06" (the number first), the time is the episode's length, no moment. A time placed in the entry by a word
("— the interview starts at 12:10") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a quoted title, the episode's number, a dash and a time is its length": [
        ('Road-trip queue:\n1. "Tea Break Tales" Ep 12 — 44:10\n2. "Lagos Nights" episode 3 – 1:15:40', []),
        ('- "Footy Yarns" ep. 208 - 37:05\n- "Desert Radio" Part 2 - 52:30', []),
    ],
    "a time placed in the entry stays a position": [
        ('1. "Tea Break Tales" Ep 12 — the interview starts at 12:10', [(730.0, None)]),
        ('Chapters\n00:00 "Cold open"\n03:20 "Ep 4 recap"', [(0.0, None), (200.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_titled_episode_lengths(text, expected):
    assert found_spans(text) == expected
