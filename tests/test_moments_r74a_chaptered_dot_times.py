"""Minutes and seconds written with a dot on a page that lists its recording's chapters (blind round 74, chapters):
a lecture's or a tutorial's description with a chapter list ("00:00 Welcome\\n04:10 Setting up ...") points into
that recording with its dotted numbers, as Indian usage writes them: a correction note ("the slide at 21.05 has a
typo"), a hedged pointer ("the mistake near about 12.40 is fixed later") and a commenter's question ("in the proof
at 9.50 is it x or y?"). Inside the page's stated length or its last chapter they are positions; past it, or in a
sentence of the day's clocks ("live doubt session tomorrow at 7.30", "office hours 3.30 pm"), or on a page with no
chapter list, they stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_CHAPTERS = (
    "Duration 41:20\n\nChapters\n00:00 Welcome\n04:10 Setting up the circuit\n12:30 Kirchhoff's laws\n"
    "27:45 Worked example\n38:00 Wrap-up\n\n")
_STAMPS = [(0.0, None), (250.0, None), (750.0, None), (1665.0, None), (2280.0, None)]
FAMILIES = {
    "a chaptered page's dotted numbers are positions in its recording": [
        (_CHAPTERS + "Correction: the slide at 21.05 has a typo, the current is 2.5 A.",
         _STAMPS + [(1265.0, None)]),
        (_CHAPTERS + "The sign mistake near about 12.40 was fixed soon after, so don't worry.",
         _STAMPS + [(760.0, None)]),
        (_CHAPTERS + "Comments\nRavi K: Ma'am, in the worked example at 29.15 the resistor is 4 ohm or 40 ohm?",
         _STAMPS + [(1755.0, None)]),
        # a later comment's number is read as well, not only one the page said before
        (_CHAPTERS + "Correction: the slide at 21.05 has a typo.\n\nComments\nAsha M: Ma'am, in the example at "
         "29.15 is it 4 ohm?", _STAMPS + [(1265.0, None), (1755.0, None)]),
        (_CHAPTERS + "At 33.20 I have swapped the two probes, so the reading flips.", _STAMPS + [(2000.0, None)]),
    ],
    "near-misses stay as they were": [
        # a sentence of the day's clocks
        (_CHAPTERS + "Live doubt session tomorrow at 7.30, link in the portal.", _STAMPS),
        (_CHAPTERS + "Office hours: Monday and Wednesday at 4.15, Room 204.", _STAMPS),
        # past the recording's length
        (_CHAPTERS + "The quiz closes at 45.50, so hurry.", _STAMPS),
        # a day's programme is no chapter list: it does not open at 0:00
        ("Timetable (all times BST)\n09:15 Registration\n10:00 Keynote\n11:30 Panel\n\n"
         "Note: the keynote at 10.05 has moved upstairs.", []),
        # no chapter list on the page: a verb after a lone dotted time is no position's
        ("In the clip the gate opens at 1.05 in the video, and the tram at 8.20 was already full.", [(65.0, None)]),
        ("Lecture 6 notes. Correction: the slide at 21.05 has a typo.", []),
        # no position's word before the number
        (_CHAPTERS + "Final answer is 3.12 m/s and the ratio is 12.40.", _STAMPS),
        # a unit or a price's word after the number
        (_CHAPTERS + "The resistor kits are available at 12.40 each from the lab store.", _STAMPS),
        (_CHAPTERS + "The meter settles at 10.25 mm of deflection.", _STAMPS),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_chaptered_dot_times(text, expected):
    assert found_spans(text) == expected
