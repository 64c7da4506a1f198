"""A list of quoted titles, each a dash and a time ending its line, whose times go down somewhere (blind round 114):
'1. "Chai & Cricket" Ep 41 — 1:02:15' ... '4. "Qawwali Hour" — 59:59'. As for unquoted "title – time" lines, a run
whose times do not only grow holds the works' lengths, no moment; a quoted chapter list whose times only grow ('"Intro"
– 0:00', '"The climb" – 1:45') stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "quoted titles with falling dashed times are lengths": [
        ('Audiobooks for the long weekend:\n1. "The Salt Road" — 9:12:40\n2. "Harbour Kids" — 4:05:10\n'
         '3. "Night Ferry" — 6:30:00', []),
        ('- "Matatu Diaries" - 42:10\n- "Nairobi After Dark" - 38:55\n- "Mombasa Mornings" - 51:20', []),
    ],
    "quoted chapters whose times only grow stay positions": [
        ('Chapters:\n1. "Intro" – 0:00\n2. "Gear check" – 1:45\n3. "The climb" – 6:20',
         [(0.0, None), (105.0, None), (380.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_dashed_lengths(text, expected):
    assert found_spans(text) == expected
