"""A point, then a noun set in apposition to it whose relative clause holds a modal (blind round 71): "Thakur's direct
hit ... comes at 4.35 in the highlights, and Carmody's drop off Menon at 7.10 - the catch that would have had Desai
for 12" places both in the highlights. "would have" belongs to the catch the apposition names, not to the clock, so
the point is no planned time of the world; with no footage in the sentence or the passage, or a future before the
clock, the clock stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("India vs Australia, 3rd ODI - highlights\n\nThakur's direct hit to run out Lyons comes at 4.35 in the "
         "highlights, and Carmody's drop off Menon at 7.10 - the catch that would have had Desai for 12.",
         [(275.0, None), (430.0, None)]),
    ],
    "a modal in the apposition's relative clause": [
        ("In the recap, the first goal is at 1:20, and the miss at 3:45 — the chance that would have won it.",
         [(80.0, None), (225.0, None)]),
        ("The bodycam shows the door open at 0:42, then the second officer at 1:06, the man who will later testify.",
         [(42.0, None), (66.0, None)]),
        ("On the tape, Ruiz serves at 12:10 and again at 14:55, the game which would decide the set.",
         [(730.0, None), (895.0, None)]),
        ("The keeper comes off his line at 2.15 in the replay - the mistake that would cost them the tie.",
         [(135.0, None)]),
    ],
    "no footage, or the future the clock's own: still the day's": [
        ("The council meets at 9:30 - the meeting that will decide the budget.", []),
        ("The last bus leaves at 23:10, the one that will get you home.", []),
        ("Then the train at 7:10, the service that would have taken us to Cork, was cancelled.", []),
        ("The ferry will leave at 7:10, the last one that will run today.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_apposed_modal(text, expected):
    assert found_spans(text) == expected
