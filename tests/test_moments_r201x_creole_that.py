"""A relative counted from "dat" or "dis", as Trinidadian and other Caribbean and West African Englishes write "that"
and "this" (blind round 201): "Check it at 1:12 ... Ten seconds after dat, he horning" is 82, as "after that" is; the
words alone, with no position before, stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a relative after or before dat": [
        ("Check it at 1:12, de man just bounce de maxi right over de kerb. Ten seconds after dat, he horning like is "
         "he own road.", [(72.0, None), (82.0, None)]),
        ("Watch from 0:40, de police reach. Twenty seconds after dis, dem start to run.", [(40.0, None), (60.0, None)]),
        ("At 2:30 in de video de goat jump de fence. Five seconds before dat, de dog bark.",
         [(150.0, None), (145.0, None)]),
        ("Look at 3:05, di bus a reverse. Bout ten seconds afta dat, it lick di wall.", [(185.0, None), (195.0, None)]),
    ],
    "left alone": [
        ("Ten seconds after dat, he horning like is he own road.", []),
        ("Dat maxi man was driving for ten minutes after dat on de Priority Bus Route.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_creole_that(text, expected):
    assert found_spans(text) == expected
