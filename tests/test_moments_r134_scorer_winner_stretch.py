"""A winning goal named by its scorer, then a stretch of the clip (blind round 134): "the BBC Sport NI clip is up: the
equaliser is at 2:48 and Duffy's winner from 3:31 to 3:50, celebrations and all." "Winner" right before the time
was read as a results line's bare label ("winner 3:32.41"), so the stretch became a race time. A scorer's winner is
the goal, and a results line gives one time, never a stretch "from ... to" or "between ... and": a position. A bare
label's result and the field's times for "the winner" stay race times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a scorer's winner told as a stretch of the clip is a position": [
        ("Extended highlights are on the club channel: Mensah's opener at 0:58, Boateng's winner from 6:12 to 6:40.",
         [(58.0, None), (372.0, 400.0)]),
        ("Watch the replay — O'Hare's stoppage-time winner between 9:05 and 9:31 is worth it alone.",
         [(545.0, 571.0)]),
    ],
    "a result's time after a winner label stays a race time": [
        ("Results: winner 3:32.41, runner-up 3:33.10.", []),
        ("Lap times for the winner from 1:31.2 to 1:33.5 all race.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_scorer_winner_stretch(text, expected):
    assert found_spans(text) == expected
