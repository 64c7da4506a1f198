"""A music credit written out on a tracklist line (blind round 74, chapters): a film's or a documentary's music list
gives each track as title, a spaced dash and its credit, the length in brackets: '"Low Water Air" — traditional,
arr. The Brandon Players (3:41)', "Siúil a Rún – anonymous, arr. Clare Byrne (4:02)", '"Harbour" — words and music
by Tom Egan (2:55)'. A credit opening with "traditional", "anonymous", "arranged by" or "music by" is the artist's
side as much as a name: the bracket is that track's length, no moment. A list of moments whose lines walk through
footage ("the chorus — and the crowd joins in (2:41)") keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a track's credit written out is the artist's side": [
        ('MUSIC\n"Low Water Air" — traditional, arr. The Brandon Players (3:41)\n"Tide Song" — Áine Kelly (2:20)',
         []),
        ("Soundtrack\n1. Siúil a Rún – anonymous, arr. Clare Byrne (4:02)\n2. The Ferry – Clare Byrne (3:10)", []),
        ('Music used: "Harbour" — words and music by Tom Egan (2:55)', []),
        ('Songs in this episode\n- "Bonny Portmore" – Trad, arranged by Lisa Hale (3:33)', []),
    ],
    "near-misses: lines walking through footage keep their positions": [
        ("Key moments:\n- the chorus — and the crowd joins in (2:41)\n- the encore — lights go up (5:12)",
         [(161.0, None), (312.0, None)]),
        ("Highlights\n- the opening reel — traditional dancers take the stage at 1:05", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_credit_lengths(text, expected):
    assert found_spans(text) == expected
