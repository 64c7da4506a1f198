"""A drone's flight told with its length, the drone named before, is the footage's length, and an end form "of the
flight" counts from it (blind round 156): "Drone survey, Mt Elgon forest edge / The flight lasted 3 min 10 s at 120 m
altitude. ... In the final 20 seconds of the flight the pilot turns back" is 170-190. The drone's camera records the
whole flight, as round 77 read "six minutes into her flight". A flight that is a journey, no drone named, stays the
world's ("the flight to Nairobi lasted two hours")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form of a drone's flight counts from the flight's length": [
        ("Our quadcopter mapped the quarry. The flight lasted 4 min 30 s. In the last 15 seconds of the flight a "
         "digger rolls into shot.", [(255.0, 270.0)]),
        ("UAV log, Loch Tay shoreline\n\nThe sortie was 2:50 in all. The final ten seconds of the sortie show the "
         "boathouse roof.", [(160.0, 170.0)]),
        ("The council's drone went up over the flood. Its flight lasted six minutes, and the final minute of the "
         "flight shows the breach.", [(300.0, 360.0)]),
    ],
    "a flight that is a journey stays the world's": [
        ("The flight to Nairobi lasted two hours. In the final 20 minutes of the flight the cabin lights dimmed.",
         []),
    ],
    "positions said in the flight's footage are unchanged": [
        ("Drone footage from the ridge: the flight was 3 min long. At 1:12 a cleared patch appears.",
         [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_drone_flight_length(text, expected):
    assert found_spans(text) == expected
