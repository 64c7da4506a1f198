"""An hours-long recording's position that a reader is sent to (blind round 68): "The second most popular points
viewers to 6:42:10, when the ship passes close enough to Inis Meáin", "Skip to 7:05:40 for the summit". A time with
seconds past the hours a bare clock of the day is taken from is still a position where the words before send the
viewer to it (skip, jump, fast-forward, point or send viewers to), as where they take the jury to it. A clock of the
day with no such words stays one ("The ferry docked at 6:42:10, when the ship passes the pier")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a reader sent to a position hours in": [
        ("The most liked comment points viewers to 7:18:25, when the train clears the viaduct.", [(26305.0, None)]),
        ("Skip to 9:02:40 for the summit, or jump to 10:15:05 for the descent.", [(32560.0, None), (36905.0, None)]),
        ("If you only have a minute, fast-forward to 8:44:12 and watch the lock gates open.", [(31452.0, None)]),
    ],
    "look-alikes: clocks of the day": [
        ("The ferry docked at 6:42:10, when the passengers began to disembark.", []),
        ("Doors opened at 7:18:25 and the queue moved quickly.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sent_to_long_positions(text, expected):
    assert found_spans(text) == expected
