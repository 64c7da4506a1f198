"""Pidgin's copula "na" telling the whole work's length (blind round 100, regional): "The whole thing na 3:40. For
0:52 the agbero come dey shout" placed 3:40 as a position. "na" is "is" there, as in "The video na 4:05 total",
which the length rules already read: "the whole thing na" tells the length the way "the whole thing is" does. "Na"
opening a clause before a time places it ("Na 1:20 the man fall"), and "the whole thing is 2:05 in" is a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the whole thing na, then its length, is no moment": [
        ("Oga, see this video from Aba. The whole thing na 2:55. For 1:10 the danfo driver come out dey vex.",
         [(70.0, None)]),
        ("Watch the wedding clip wey dem post. Entire thing na 4:20 but from 3:05 reach 3:30 na the best part.",
         [(185.0, 210.0)]),
    ],
    "na opening a clause before a time, and a whole thing's time in, stay positions": [
        ("Check the video. Na 1:20 the man fall for gutter.", [(80.0, None)]),
        ("The whole thing is 2:05 in when the lights go out.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_pidgin_whole_thing(text, expected):
    assert found_spans(text) == expected
