"""A sports report's recap, vid or condensed game named as the footage, in a sentence that also tells the day's
clock (met writing new wording for round 118's families: its decisions make "at 2:40 of the recap" a point). The
pattern that finds footage words knew "recap", "vid" and "condensed game", but the cheap gate in front of it
did not, so a sentence naming only those read as naming no footage and its positions as times of day. A sentence
naming no footage keeps its clocks as times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a recap or a package names footage beside the day's clock": [
        ("Kick-off 7:25 at the MCG; the goal is at 2:10 of the recap.", [(130.0, None)]),
        ("The final whistle went at 21:52 local time and the trophy lift is at 6:12 of the recap.",
         [(372.0, None)]),
        ("Tip-off was 19:30 ET, and the dunk comes at 4:48 in the condensed game.", [(288.0, None)]),
        ("Puck drop was 19:07 and the hat-trick goal is at 3:50 of the vid, the crowd going nuts.", [(230.0, None)]),
    ],
    "a sentence naming no footage keeps its clocks as times of day": [
        ("Kick-off 7:25 at the MCG; the gates open at 6:10.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recap_names_footage(text, expected):
    assert found_spans(text) == expected
