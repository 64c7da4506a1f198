"""A thing of a night's show named "of the night", then an hours-long position in it (blind round 50): "Graham Norton's
best line of the night at 1:05:20" in a list of a broadcast's moments is a position; "of the night" names the show the
line belongs to, not the hour of the clock after it, so the part of the day no longer makes "1:05:20" a time of day.
Only a position with hours and a one-digit hour reads so: a clock of the day's shape ("the last train of the night at
23:40", "the first call of the morning at 06:15:30") and a part of the day said as when ("Sunday morning at 1:05:20")
stay times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a show's thing of the night at an hours-long position": [
        # the round's case (g50-lists-01)
        ("3. The key change heard round the world, 41:48\n4. Graham Norton's best line of the night at 1:05:20\n"
         "5. Interval act: the drone show, 1:52:00–1:58:40", [(2508.0, None), (3920.0, None), (6720.0, 7120.0)]),
        ("The biggest laugh of the evening at 1:12:40 came from the host.", [(4360.0, None)]),
        ("Election night on the BBC: the first big upset of the night at 2:03:15, when the seat falls.",
         [(7395.0, None)]),
        ("Oscars rewatch: speech of the night, at 3:01:10, is the sound mixer's.", [(10870.0, None)]),
    ],
    "a clock of the day's shape, or a part of the day said as when": [
        ("We caught the last train of the night at 23:40.", []),
        ("The first call of the morning at 06:15:30 came from Cork.", []),
        ("Sunday morning at 1:05:20 the alarm went off.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_best_of_the_night(text, expected):
    assert found_spans(text) == expected
