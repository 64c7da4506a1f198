"""A list item's quoted title with an abbreviation's dot in it, its length in brackets after (blind round 88):
'• "Biscuit vs. the Roomba" (1:48) — ...', '• "Mr. Whiskers learns to open doors" (0:59) — last 10 seconds are
gold'. The dot stops no sentence: the bracket is the work's length, no moment, and the one its item's end forms
count from. A position placed in the item stays one; a bracketed time in prose stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a titled length with an abbreviation in the title is no moment": [
        ('Our picks:\n\n- "Dr. Paws and the Vacuum" (2:20) — the jump is at 0:41\n- "Ducks vs. Geese" (1:05) — '
         "chaos", [(41.0, None)]),
        ('Top clips\n\n1. "St. Bernard meets snow" (0:47) — last 5 seconds are the best\n2. "Mrs. Fluff on the '
         'stairs" (1:30) — watch at 0:12', [(42.0, 47.0), (12.0, None)]),
    ],
    "end forms count from the item's own length": [
        ('• "Mr. Biscuit vs. the Hoover" (0:50) — the last 8 seconds are perfect\n• "Goats on a roof" (2:40) — '
         "meh", [(42.0, 50.0)]),
    ],
    "a bracketed time in prose stays a position": [
        ("Dr. Okafor points at the bruise (1:12) and then at the door.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_abbreviated_titles(text, expected):
    assert found_spans(text) == expected
