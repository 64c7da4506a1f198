"""A song named by its noun, then its quoted title and its length in brackets (blind round 142): 'Song in the
background: "Ugoy ng Duyan" (3:22). Video length 16:48.' A title followed by its length is no moment (the contract's
`Teaser (1:36)`); a song's title need not be in English title case ("ng", "sa", "la" are lowercase), so the noun
before it ("song", "track", "music", "soundtrack") tells it is a work. A bracketed time after a song's words quoted
in the footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a song's quoted title and bracketed length after its noun is no moment": [
        ('Music: "Sa ugoy ng duyan" (3:22). The sauce turns glossy at 14:05.', [(845.0, None)]),
        ("The backing track is 'mo fe ni o' (2:48), and the dancers freeze at 1:12.", [(72.0, None)]),
        ("Soundtrack: 'la vie en rose' (3:05). The reveal is at 2:30.", [(150.0, None)]),
    ],
    "a bracket after the words heard stays a position": [
        ('The song kicks in at 1:05 ("here we go") and the crowd joins.', [(65.0, None)]),
        ("Coach Adeyemi points at the scoreboard (0:52) and the song starts.", [(52.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_song_title_length(text, expected):
    assert found_spans(text) == expected
