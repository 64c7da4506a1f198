"""A clock set off after a day (or its part) and a place (blind round 174, a Pietermaritzburg voice note written
up): "So this was yesterday morning at the rank behind the Freedom Square side, about 07:20, when all the Edendale and
Imbali taxis are loading" is the time of day it happened, not a position at 440: a day's words right before a clock
already made it one ("yesterday morning, about 07:20"), but a place between them hid the day, and the "when" clause
in the habitual present read as footage told. A place that is footage, or no day named, leaves a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a day, a place, then the clock: a time of day": [
        ("So this was yesterday morning at the rank behind the Freedom Square side, about 07:20, when all the "
         "Edendale and Imbali taxis are loading.", []),
        ("It happened last night outside the Spar in Edendale, around 21:15, when the shop is closing.", []),
        ("This was on Saturday afternoon at the taxi rank in Mthatha, roughly 14:05, and the queue is long.", []),
        ("Yesterday near the bridge on the N3, about 06:50, the trucks are backed up for kilometres.", []),
    ],
    "a place that is footage, or no day: a position": [
        ("I watched it this morning in the video player, at 0:45 the taxi stops.", [(45.0, None)]),
        ("The clip of the queue at the rank, at 1:20, shows the marshal shouting.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_place_then_clock(text, expected):
    assert found_spans(text) == expected
