"""A quoted title said to be a time, a new clause about the work after it, is the work's length (blind round 156): a
music podcast's 'HOST 1: "Last Ferry" is 3:47 and it's the best thing on the record.' Round-earlier wording had the
time close its clause ('"Video Killed the Radio Star" ... is 3:23.'); "and it's ..." goes on about the song, not
about a place in it. A time said "at" in the title ("is at 1:12") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title is a time, then 'and it ...': a length": [
        ('HOST A: "Harbour Lights" is 4:12 and it\'s the strongest song on the album.\nHOST B: In the video, at '
         "1:40, the lights go out.", [(100.0, None)]),
        ('DJ: "Paper Kites" is 3:29 and it\'s the single.\nDJ: In the video, at 0:48, she drops the kite.',
         [(48.0, None)]),
        ('"Rain on Tin" is 2:58 and it is my favourite track. In the clip at 1:05 he smiles.', [(65.0, None)]),
    ],
    "a title 'is at' a time stays a position": [
        ('The chorus "Home" is at 1:12 and it soars.', [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_is_length_clause(text, expected):
    assert found_spans(text) == expected
