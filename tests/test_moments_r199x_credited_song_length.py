"""A played thing's quoted title credited to who plays it, then its length in brackets (blind round 199): 'Music is
"Nyar Dunga" by the Lakeside Boys (3:58), used with permission' tells the song's length, as 'Song in the background:
"Ugoy ng Duyan" (3:22)' already did; a bracket placing an event in the footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a credited song's length": [
        ('Chapters:\n0:00 Intro\n1:12 The boats\n\nMusic is "Nyar Dunga" by the Lakeside Boys (3:58), used with '
         "permission.", [(0.0, None), (72.0, None)]),
        ('The song is "Halo" by Ana Banda (3:22). At 1:10 the bride spins.', [(70.0, None)]),
        ('Soundtrack: "Rain" by Mama Africa & the Kings (4:05).', []),
        ("The track, 'Harbour Lights' by Ewan and The Tides (5:12), closes the film.", []),
    ],
    "left alone": [
        ('We play "Halo" by Ana at the wedding (2:10) as she spins.', [(130.0, None)]),
        ('The song "Halo" starts and the bride spins (1:40).', [(100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_credited_song_length(text, expected):
    assert found_spans(text) == expected
