"""A title line's bracketed length (blind round 81, lists): "Chicken adobo — step by step (video recipe, 11:36)" and
"(livestream replay, 2:06:00)" name the work's kind and its length; "DJ Koyo — Rooftop Sessions Vol. 3 (1h 12m) |
Tracklist" closes the opening title with the set's length in hours and minutes. A bracket citing a position
("(video at 3:40)") and a list's compact stamps stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a work's kind, then its length, closing a title line": [
        ("Lemon drizzle cake (video recipe, 9:48)\n\nThe glaze goes on at 8:15.", [(495.0, None)]),
        ("Harbour Lights — live at the Quay (livestream archive, 1:52:40)\n\nThe encore starts at 1:38:05.",
         [(5885.0, None)]),
        ("Ep. 12 — The Long Table (podcast episode, 58:10)\n\nThe argument about seating starts at 41:30.",
         [(2490.0, None)]),
    ],
    "a compact length closing the opening title": [
        ("Ama Serwaa — Kumasi Nights Mix Vol. 2 (1h 04m) | Tracklist\n\n[00:00] Intro\n[05:12] Highlife Dream",
         [(0.0, None), (312.0, None)]),
        ("# Late Sessions 14 (2h 10m)\n\nThe best transition is at 47:20.", [(2840.0, None)]),
    ],
    "near-misses: brackets citing positions": [
        ("The kettle boils over (video at 3:40)\n\nIt is a mess.", [(220.0, None)]),
        ("Ranked list of the best moments:\n- the fall (1m 12s)\n- the rescue (2m 40s)", [(72.0, None), (160.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_line_lengths(text, expected):
    assert found_spans(text) == expected
