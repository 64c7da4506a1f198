"""A sentence opened in footage named by a compound whose head is the kind of piece, not the footage noun (blind
round 93): "In my video review, at 3.45 you can see the night camera sample ..., and from 8.10 to 9.00 is the BGMI
gaming test". "video review", "video breakdown", "video tour" name the footage as much as "review video" does, so
the sentence's dotted numbers are said in it. The same opener naming no footage ("In my review,") leaves a dotted
time of the day alone."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a footage noun then the piece's kind opens the sentence": [
        ("In our video breakdown, at 2.15 the referee checks the monitor and from 4.40 to 5.05 is the replay.",
         [(135.0, None), (280.0, 305.0)]),
        ("In his video tour, near about 6.20 he shows the balcony view.", [(380.0, None)]),
    ],
    "the same opener naming no footage stays nothing": [
        ("In my review, the store opened at 9.15 and the queue was long.", []),
        ("In the video review section of the magazine, prices start at 4.99 a month.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_media_genre_openers(text, expected):
    assert found_spans(text) == expected
