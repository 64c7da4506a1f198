"""An hours-long recording's position that a reader is sent to (blind round 68): "The second most popular points
viewers to 6:42:10, when the ship passes close enough to Inis Meáin", "Skip to 7:05:40 for the summit". A time with
seconds past the hours a bare clock of the day is taken from is still a position where the words before send the
viewer to it (skip, jump, fast-forward, point or send viewers to) in a text that has already placed a position (with
none placed, "Skip to 14:04:50 for the run-up" stays a clock, round 46). A clock of the day with no such words
stays one ("The ferry docked at 6:42:10, when the ship passes the pier")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a reader sent to a position hours in": [
        ("The stream opens at 0:12:30 on the platform. The most liked comment points viewers to 7:18:25, when the "
         "train clears the viaduct.", [(750.0, None), (26305.0, None)]),
        ("The climb starts 1:10:00 into the stream. Skip to 9:02:40 for the summit, or jump to 10:15:05 for the "
         "descent.", [(4200.0, None), (32560.0, None), (36905.0, None)]),
        ("The lock fills from 2:05:00 to 2:20:00. If you only have a minute, fast-forward to 8:44:12 and watch the "
         "gates open.", [(7500.0, 8400.0), (31452.0, None)]),
    ],
    "look-alikes: clocks of the day": [
        ("The ferry docked at 6:42:10, when the passengers began to disembark.", []),
        ("Doors opened at 7:18:25 and the queue moved quickly.", []),
        ("Skip to 14:04:50 for the run-up.", []),
        ("Then jump to 9:15 on Saturday for the fireworks display in town.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sent_to_long_positions(text, expected):
    assert found_spans(text) == expected
