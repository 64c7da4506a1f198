"""A DJ mix's or a live album's tracklist whose lines open with the cue point where each track comes in and close
with the track's release length in round brackets (blind round 64): "02. [04:32] Prins Thomas — Delight (edit)
(8:40)". The cue points are positions; the bracketed lengths are the tracks', read as lengths by their list (they
go down somewhere) or by a title and artist either side of a dash. Chapter lines with no lengths keep every time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "cue points kept, release lengths set aside": [
        ("Tracklist\n01. [00:00] Marla Venn — Harbour Lights (6:48)\n02. [05:10] Okoro — Night Bus (dub) (7:35)\n"
         "03. [11:42] Teal Rooms — Glass (5:20)\n", [(0.0, None), (310.0, None), (702.0, None)]),
        ("Set list\n1. [0:00] Arkady — First Frost (4:55)\n2. [3:58] Dunmore & Vey — Lantern (5:40)\n"
         "3. [8:20] Pale Order — Silt (9:02)\n", [(0.0, None), (238.0, None), (500.0, None)]),
        ("Tracks\n[00:00] Kessler — Tidewater (7:10)\n[06:15] Ruthe — Low Sun (extended mix) (8:05)\n"
         "[12:40] Amsel — North (6:30)\n…\n[1:02:10] Ferro — Gold Hour (5:55)\n",
         [(0.0, None), (375.0, None), (760.0, None), (3730.0, None)]),
        # a long title after the dash, lengths that only grow: the title and artist still say it
        ("Tracklist\n14. [1:48:20] Brenna Lowe — The River That Ran Under the Old Town Hall (6:12)\n"
         "15. [1:54:05] Otis Marr — Grey (7:40)\n", [(6500.0, None), (6845.0, None)]),
        ("Tracklist:\n01. [00:00] Cato Fenn — Blue Hour (6:10)\n02. [05:40] Ilse Maar — Weather (7:22)\n",
         [(0.0, None), (340.0, None)]),
    ],
    "near misses: bracketed times that are positions": [
        # chapters with their start in brackets, no cue point before them: positions
        ("Chapters\nIntro (0:00)\nThe first climb (4:10)\nSummit push (12:45)\n",
         [(0.0, None), (250.0, None), (765.0, None)]),
        # a ranked list of moments in one video: positions even when they go down
        ("Best saves in the highlights video:\n1. Raya from Isak (3:40)\n2. Pickford from Salah (1:15)\n",
         [(220.0, None), (75.0, None)]),
        ("The drop in the set comes at 16:48, right after the breakdown.", [(1008.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_mix_tracklist_keeps_cue_points_and_drops_release_lengths(text, expected):
    assert found_spans(text) == expected
