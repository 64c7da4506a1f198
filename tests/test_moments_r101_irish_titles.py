"""A quoted Irish title with its length in brackets (blind round 101): 'Music: "Ar an gCarraig" (2:57) by Seo
Linn'. Irish capitalises a title's words after an initial mutation ("gCarraig", "bhFiann", "n-Éireann") and writes
its small words "an", "na", "agus": the title is in title case all the same, so the bracket is the song's length, no
moment. A lower-case quote (words said) with a bracketed time stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an Irish title with a mutated capital, then its length, is no moment": [
        ('Closing music: "Ceol na nGael" (3:12) by Clann Uí Néill, with thanks.', []),
        ('The set ends on "Amhrán na bhFiann" (2:41), sung by the whole hall.', []),
        ('Theme tune: "Sliabh agus Farraige" (4:05), used with permission. The interview starts at 1:30.',
         [(90.0, None)]),
        ('Our opener is "Port na bPúcaí" (1:58) by the Ó Sé sisters.', []),
    ],
    "words said in lower case, a bracketed time after, stay a position": [
        ('The guard shouts "get back from the gate" (1:12) and waves.', [(72.0, None)]),
        ('Then she says "na, leave it" (0:41) and walks off.', [(41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_irish_titles(text, expected):
    assert found_spans(text) == expected
