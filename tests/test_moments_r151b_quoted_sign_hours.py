"""A sign's words quoted in a subtitler's note, opening hours in them (blind round 151, a fan-sub tip): 'the sign
translation ("CLOSED ON MONDAYS 10:00–18:00") sits top-left'. The quoted words are the sign's, read in the picture:
their clock range is the shop's hours, a time of day, not a stretch of the footage, as a cue's quoted words
("Cue 87 reads "I'll be there at 6:30"") already were. A time said outside the quote stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock in a sign's quoted words is the sign's": [
        ('For episode 4 the typeset for the shop sign ("OPEN DAILY 9:00–17:30") goes in at 00:03:12.200.',
         [(192.2, None)]),
        ('In the video the banner text "GATES OPEN 18:30 – 22:00" is on screen from 0:41 to 0:47, so we left it '
         "untranslated.", [(41.0, 47.0)]),
        ('Please render the placard ("No parking 07:00–19:00") as a top-left sign, from 00:12:05.000 to '
         "00:12:09.000.", [(725.0, 729.0)]),
    ],
    "a time outside the sign's quote stays a position": [
        ('We put the sign "Keep Out" in italics at 3:15 and again from 7:20 to 7:26.',
         [(195.0, None), (440.0, 446.0)]),
        ("The sign translation appears from 10:02 to 10:09 in the episode.", [(602.0, 609.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_quoted_sign_hours(text, expected):
    assert found_spans(text) == expected
