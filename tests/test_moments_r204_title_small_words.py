"""A quoted title in another language, its small words left in lower case as that language's title case leaves them,
then its length in brackets (fitted round 204: a Stellenbosch album review's "the boeremusiek concertina on 'Oupa se
Bakkie' (3:48) rattles around the stone walls", beside "'Jakkals Trou' (4:15)"): the track's length, no moment, as an
English title's "of" or "the" already was. A bracket after a quote that is no title (lower case, speech) stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title's small words in another language": [
        ("Recorded in a wine cellar, and you can hear it: the concertina on 'Oupa se Bakkie' (3:48) rattles around "
         "the stone walls.", []),
        ("The closing number, the taarab on 'Mashua ya Mwisho' (5:12) rolls like the tide.", []),
        ("Best on the record is the guitar on 'Corazón de Melón' (3:05) swaying under the horns.", []),
        ("The harana on 'Awit ng Dagat' (4:40) makes the whole hall go quiet.", []),
        ("The sarangi on 'Baat Dil ki' (6:02) carries the whole second side.", []),
        ("Even the drummer on 'Die Lied van die Wind' (4:27) sounds tired.", []),
    ],
    "left alone": [
        ("He mutters 'not again' (1:12) and walks off the pitch.", [(72.0, None)]),
        ("Her line 'we go again' (2:10) gets the biggest laugh.", [(130.0, None)]),
        ("Watch the keeper (0:48) on the replay, then the save at 1:02.", [(48.0, None), (62.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_small_words(text, expected):
    assert found_spans(text) == expected
