"""Hedges "just gone" and "pushing" on a position (blind round 84): Irish and British "just gone the six-minute
mark" means just after it, and "pushing four hours in" means nearly there; both are hedges on the time itself, as
"just after" and "nearly" are. A clock time of day stays nothing ("it was just gone 3:15 p.m."), and "pushing" as a
verb not touching the time hedges nothing ("keeps pushing at 2:30")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "'just gone' hedges the position it is on": [
        ("The second try is just gone the eleven-minute mark of the replay.", [(660.0, None, True)]),
        ("Watch the clip from just gone 2:40, when the ferry turns.", [(160.0, None, True)]),
        ("The fox appears just gone four minutes into the trail-cam video.", [(240.0, None, True)]),
    ],
    "'pushing' hedges an amount nearly reached": [
        ("The winning putt on the stream is pushing three hours in.", [(10800.0, None, True)]),
        ("By the time the speeches start we are pushing the 40-minute mark of the livestream.",
         [(2400.0, None, True)]),
        ("Skip ahead: the reveal is pushing 12 minutes into the episode.", [(720.0, None, True)]),
    ],
    "look-alikes stay as they are": [
        ("It was just gone 3:15 p.m. when the bus arrived.", []),
        ("He keeps pushing at 2:30 in the video and the door gives.", [(150.0, None, False)]),
        ("She is pushing forty and has run 3:05:44 this year.", []),
        ("At the 4:10 mark the pup is gone from the frame.", [(250.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_gone_pushing_hedges(text, expected):
    assert found_hedged(text) == expected
