"""A numbered work's line with a long title closed by its bracketed length (blind round 161, a sean-nós podcast's
back catalogue): "Ep 12: The Carna style with Máire Ní Fhlatharta (47:20)" and "Ep 14: Live from the pub in Ros Muc,
recorded 19 Oct 2024 at half eight (1:04:36)" are the episodes' lengths, as the short titles beside them ("Ep 13:
Brushes, boards and the 1953 Oireachtas (52:08)") already were. A line opened by an episode's, a lecture's or a
track's label and a capitalised title is a work, however long its title. A label before words in lower case, or an
episode named inside prose, stays a cited position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a numbered work's long title closed by its length": [
        ("Back catalogue: Steps from the Flagstones, a sean-nós dance podcast from Connemara\nEp 12: The Carna style "
         "with Máire Ní Fhlatharta (47:20)\nEp 13: Brushes, boards and the 1953 Oireachtas (52:08)\nEp 14: Live from "
         "the pub in Ros Muc, recorded 19 Oct 2024 at half eight (1:04:36)\nEp 15: Shoes: €140 or €40? (38:55)\nNew "
         "episodes drop every second Thursday at 7pm. Season 2 runs about 6 hours 15 minutes in total.", []),
        ("Back catalogue of our podcast:\n- **Episode 3:** The long road from Galway to Clifden with the brothers Ó "
         "Ceallaigh (58:10)\n- **Episode 4:** Boats (41:02)", []),
        ("Our lecture series:\n- Lecture 7 – Entropy, information and why your zip file is smaller than you think "
         "(52:10)\n- Lecture 8 – Codes (48:30)", []),
        ('Season one, in order:\nTrack 2 — "Níl sé ina lá", sung by the whole pub after closing on a wet Tuesday '
         "(3:58)\nTrack 3 — Reels (4:10)", []),
    ],
    "a label before lower-case words, or an episode in prose, stays a position": [
        ("Ep 12 highlights:\nEp 12: she talks about the old dancers in Carna and Ros Muc for ages (47:20)",
         [(2840.0, None)]),
        ("In Ep 12 she talks about the Carna style with Máire for a good while (47:20).", [(2840.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_work_title(text, expected):
    assert found_spans(text) == expected
