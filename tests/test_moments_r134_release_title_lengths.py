"""A music release's or a DJ's recording named as the medium in a title line's closing brackets, with its length
(blind round 134): "Tracklist — Deep Dune Sessions Vol. 3 (mix, 61:18)" over a list of "[04:36] Lumo — Tema Nights"
cue points. The bracket is the whole mix's length, as "(video, 2:46)" or "(concert film, 1 hr 58 min)" is a video's;
it was read as a position because "mix" was no medium word. The cue points under it stay positions, and a bracketed
time with no medium word, or one inside prose, keeps its own reading."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a mix's, a set's or an album's bracketed length on its title line is no moment": [
        ("Sunday Warm-Up Vol. 7 (mix, 58:40)\n\n[00:00] Nneka — Lagoon\n[05:12] DJ Kofi — Harbour Lights\n[12:30] "
         "Sefa — Dusk", [(0.0, None), (312.0, None), (750.0, None)]),
        ("Boiler Room Nairobi — full DJ set (live set, 1:02:15)\n\nThe drop everyone clips is at 41:08.",
         [(2468.0, None)]),
        ("New EP from Kaya Drift (EP, 22:05)\n\nTitle track, best bit at 2:10.", [(130.0, None)]),
    ],
    "a bracketed time in prose or in a list of moments stays a position": [
        ("The crowd loses it when the bassline comes back in (18:20) and the lights go up.", [(1100.0, None)]),
        ("Best moments of the mix:\n- the rewind (14:02)\n- the acapella drop (31:40)",
         [(842.0, None), (1900.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_release_title_lengths(text, expected):
    assert found_spans(text) == expected
