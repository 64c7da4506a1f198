"""A chapter list whose stamps are written hours "h" minutes (blind round 107): a lecture's "Timestamps" with
'• 0h00 Housekeeping', '• 0h07 Offer vs invitation to treat', '• 1h29 Q&A'. Each line opened by such a stamp and
followed by its title is a chapter entry, a position like "0:07 Offer"; the list is told by its neighbours opening
the same way, from zero or with small unpadded hours. A day's programme written the French way ("• 09h00 Welcome",
"• 14h30 Panel") stays clocks of the day, and a stamp placed in prose keeps the rules it had."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an hours-h-minutes chapter list is positions": [
        ("Seminar 3 recording, chapters:\n- 0h00 Welcome and notices\n- 0h12 The Coase theorem\n"
         "- 0h48 Worked example\n- 1h05 Questions", [(0.0, None), (720.0, None), (2880.0, None), (3900.0, None)]),
        ("Stream VOD index\n\n* 0h00 – Starting soon\n* 2h40 – First boss\n* 5h15 – Final run",
         [(0.0, None), (9600.0, None), (18900.0, None)]),
        ("Podcast ep. 41 timestamps:\n1h02 The listener mailbag\n1h20 Why we left Melbourne",
         [(3720.0, None), (4800.0, None)]),
        ("Tutorial recording\n• [0h00] Intro\n• [0h25] Duty of care\n• [1h10] Causation", [(0.0, None), (1500.0, None),
                                                                                        (4200.0, None)]),
    ],
    "a day's programme in h-clocks stays clocks of the day": [
        ("Programme (Dakar, 14 March):\n• 09h00 Accueil and registration\n• 09h30 Keynote\n• 14h30 Panel", []),
        ("Training week:\n- 06h00 Run\n- 07h15 Breakfast", []),
        ("Shuttle times\n- 1h15 Airport\n", []),
    ],
    "an h-stamp in prose keeps its rules": [
        ("At 1h17 in the livestream the drummer drops a stick.", [(4620.0, None)]),
        ("The ferry leaves at 21h30 from the harbour.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hour_h_chapters(text, expected):
    assert found_spans(text) == expected
