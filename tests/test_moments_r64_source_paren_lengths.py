"""A work's source and length in brackets (blind round 64): "Highlights of Spurs 3–2 Villa (Sky Sports, 8:55)" states
the highlights' length, as "(1995, 170 min)" states a film's, so 8:55 is no position; and "the last 40 seconds of the
Sky highlights" counts from it, both of its name's words told before that length, not from the nearer "Sky Go
version is 1:52:40". A position in brackets ("(Reuters, at 0:45)") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the source and the length in brackets": [
        ("Highlights of the final (BBC Sport, 6:30) are up.\n\nThe full replay is 2:05:00 on iPlayer. The last 30 "
         "seconds of the BBC highlights show the trophy lift.", [(360.0, 390.0, False)]),
        ("Watch the interview (Sky News, 4:10) here. The extended cut runs 12:00. In the last 20 seconds of the Sky "
         "interview she walks off.", [(230.0, 250.0, False)]),
        ("Highlights of the final (BBC Sport, 6:30) are up. The trophy lift is at 6:02.", [(362.0, None, False)]),
    ],
    "a position in brackets": [
        ("The video (Reuters, at 0:45) shows the car.", [(45.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_source_paren_lengths(text, expected):
    assert found_hedged(text) == expected
