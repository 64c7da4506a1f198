"""Day words in a chapter list that opens at 0:00 (blind round 96): '0:00 intro ... 17:30 Mt. Tapyas sunset\n21:10
budget recap\n23:58 bloopers'. Each line opening with a time under such a list is the chapter's position: a sun word
closing the line above is that chapter's title (the line break ends it), and a day word in an entry's own lower-case
title ("11:20 lanterns at sunset") is its subject, not its hour. A sun word before the clock in prose ("sunset that day
was 16:42", "Twilight ends at 17:05") still makes it a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sun word ending the line above is the chapter's title, not the next time's hour": [
        ("CHAPTERS\n0:00 hi from Hoi An\n11:20 lanterns at sunset\n19:45 street food tour\n22:30 outro",
         [(0.0, None), (680.0, None), (1185.0, None), (1350.0, None)]),
        ("00:00 start\n06:10 hiking up for sunrise\n14:55 coffee at the hut\n20:05 the way down",
         [(0.0, None), (370.0, None), (895.0, None), (1205.0, None)]),
    ],
    "a sun word before the clock on its own line stays a time of day": [
        ("Planning the shoot: sunset that day was 16:42, so we set up at the pier early.", []),
        ("Twilight ends at 17:05 here in winter.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sun_word_line_above(text, expected):
    assert found_spans(text) == expected
