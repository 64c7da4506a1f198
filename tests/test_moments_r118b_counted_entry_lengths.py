"""A ranked work's entry: its quoted title, a dash, a bare time, then its count of views or plays as the next field
(blind round 118: '1. "Harbour Lights" (2019) – 4:32 – 212M views', '2. "Porchlight" — 3:30, 41M views'). The
count tells the entry is a work's card, so the time is that work's length, no moment, as round 113 read the count
told first ("— 212M views, 2:34"). An entry of the same list whose time sits in the same slot, with no count after
it, is a length too when its siblings' are told as lengths ('"Dune Radio" — 5:12; the bridge, 3:40–4:10, ...' under
'"Glass Highway" — 4:05 long, 88M views'). The positions the entries place stay positions, and a ranked list of
moments in one compilation (no count, no 'long') keeps its times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time before its entry's count of views or plays is the work's length": [
        ('Most-streamed K-pop videos this week:\n1. "Neon Tide" – 3:41 – 58M views\n2. "Paper Moon" – 4:02 – 31M '
         "views\n3. \"Salt Air\" (2022) – 2:55 – 12.5M views", []),
        ('Our desi wedding playlist, by YouTube plays:\n- "Chandni Raat" (2018) — 4:44, 120M plays\n- "Dil Se Dance" '
         "— 3:50, 76 million plays", []),
        ('Most-watched ads of the year, Canada:\n1. "Frost Line" — 0:30 (12M views)\n2. "Maple Run" — 1:00 (8.1M '
         "views)", []),
        ('Top three clips, ranked:\n1. "Kettle Drama" — 1:58, 4.2M views. The lid pops at 0:47.\n2. "Dog vs Hoover" '
         "— 2:20, 900K views. Best bit 1:31.", [(47.0, None), (91.0, None)]),
    ],
    "the same slot in a sibling entry is a length too": [
        ('Every Tui Lane video, ranked\n\n1. "Harbour Fog" — 3:55 long, 12M views. Watch from 1:10.\n2. "Salt" — '
         "4:20; the key change, 2:58–3:20, is the bit\n3. \"Kauri\" — 3:05, 2M views", [(70.0, None), (178.0, 200.0)]),
    ],
    "a ranked list of moments in one compilation keeps its times": [
        ('Goals of the month (one compilation):\n1. "Osei volley" – 3:41 – the best of the lot\n2. "Park chip" – '
         "5:02 – cheeky", [(221.0, None), (302.0, None)]),
        ('Best saves in the reel:\n1. "Fingertip job" — 0:42, watch the dive\n2. "Double save" — 1:37, 40,000 on '
         "their feet", [(42.0, None), (97.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_counted_entry_lengths(text, expected):
    assert found_spans(text) == expected
