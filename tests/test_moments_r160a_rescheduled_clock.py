"""A thing of the day moved from one clock to another (blind round 160, a sea-swim club's AGM agenda): "Proposal to
move the Christmas Day swim from 11:00 to 10:30 to catch the tide". Both clocks are the swim's times of day, the one
it had and the one it moves to; read backwards the pair is no range, and its ends were read one by one, the second
kept as a point. "Kick-off has moved from 4:35" was already the day's; the clock moved to, and a thing moved by its
own name ("the parade", "Saturday's parkrun"), are the same family. Something in the picture that moves from one
time to another ("The drone moves from 1:05 to 1:30 over the walls") is footage, as is a page naming its video."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a thing moved from one clock of the day to another": [
        ("Agenda item 4: a motion to move the Boxing Day dip from 12:00 to 11:15 because of low water.", []),
        ("Heads up: the committee has pushed the Saturday parkrun back from 8:00 to 8:30 for the winter.", []),
        ("The council brought the lantern parade forward from 18:30 to 17:45 after complaints.", []),
    ],
    "something in the footage that moves between two times stays a range": [
        ("The drone moves from 1:05 to 1:30 over the castle walls.", [(65.0, 90.0)]),
        ("In the clip the hawk moves its head from 0:41 to 0:47.", [(41.0, 47.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_rescheduled_clock(text, expected):
    assert found_spans(text) == expected
