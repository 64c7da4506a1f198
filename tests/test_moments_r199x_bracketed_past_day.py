"""A bracketed position after a noun phrase that ends on a part of the day (fitted round 199: a review's "the walk home
at dawn (48:20) is lovely"): minutes no clock of the day reaches (30 and up before the colon) name no hour of that
dawn, evening or night, so the bracket is the scene's place in the footage, as a bracket after any other noun phrase
is. A clock of the day in the bracket ("on Monday evening (19:30)") stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "past the day's hours in brackets": [
        ("The rehearsal drags. But the walk home at dawn (48:20) is lovely, and the ending works.", [(2900.0, None)]),
        ("The market scene on Saturday morning (36:40) is the heart of the film.", [(2200.0, None)]),
        ("Best of all is the drive back that night [52:05], lit only by the dashboard.", [(3125.0, None)]),
        ("The fishermen at midnight (41:10) and the auction at noon (44:30) are both superb.",
         [(2470.0, None), (2670.0, None)]),
    ],
    "left alone": [
        ("The rally on Monday evening (19:30) was peaceful.", []),
        ("We met at the gate on Sunday morning (10:45) as planned.", []),
        ("The last ferry leaves at night (23:40) from the north pier.", []),
        ("At 18:02 in the press conference video the chief answers.\n\n**Our sources**\n\n- Riverton Police "
         "Department, press conference video, November 22, 2026 (36:14)\n- Policy 300.4, Use of Force (PDF)",
         [(1082.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bracketed_past_day(text, expected):
    assert found_spans(text) == expected
