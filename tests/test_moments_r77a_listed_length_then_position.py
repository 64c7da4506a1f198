"""A list item giving a song's length in brackets, then a dash to where it is in the recording (blind round 77,
lists): "2. Title (4:50) — 2:35". The bracketed time is the track's length (no moment); the time after the dash is
the item's position in the concert video, even when the list's label says "tracklist", when it is far past the
bracketed length, or when the field says it "starts" there. A tracklist of lengths alone, and lengths listed with
no bracket before them, stay lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a bracketed length, a dash, then the position": [
        ("Setlist with timestamps\n\n1. Opening Hymn (3:10) — 0:45\n2. Red Earth (4:22) — 4:05\n"
         "3. Harbour Song (5:01) — 12:40\n4. Closing Prayer (2:15) — 18:30",
         [(45.0, None, False), (245.0, None, False), (760.0, None, False), (1110.0, None, False)]),
        ("Tracklist (and where to find each in the livestream):\n- Dust Road (6:12) – 14:20\n"
         "- Kettle Song (3:05) – 21:47", [(860.0, None, False), (1307.0, None, False)]),
        ("Songs:\n1. Aso Ebi (5:40) - 1:02:10\n2. Eko Nights (4:02) - 1:08:55",
         [(3730.0, None, False), (4135.0, None, False)]),
    ],
    "the field says where the song starts": [
        ("Where each song is in the festival stream:\n- Night Bus (2:58) – starts at 31:40\n"
         "- Okada Ride (4:40) – 36:02", [(1900.0, None, False), (2162.0, None, False)]),
        ("Encore:\n7. Homeward (8:11) — starts roughly 1:31:05, drum break at 1:35:40",
         [(5465.0, None, True), (5740.0, None, False)]),
    ],
    "lengths alone stay lengths": [
        ("Tracklist:\n1. Ash – 3:41\n2. Coldwater – 4:12\n3. Slow Burner – 2:55", []),
        ('Tracklist:\n1. "Ash" (3:41)\n2. "Coldwater" (4:12)\n3. "Slow" (2:55)', []),
        ("The title track runs 4:33 and the closer 7:12.", []),
        ("The Long Road (2:40) — a slow burner, and the best thing here.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_length_then_position(text, expected):
    assert found_hedged(text) == expected
