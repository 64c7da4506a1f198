"""A clock of the day an event is told to have happened at, after the place (blind round 93): a South African
dashcam post's "Happened at the robots by Century City around 07:40, I was stuck there until half eight". A past
"happened", "occurred" or "took place" then a two-digit clock, in a clause naming no footage, says when something
happened in the world (the contract: a bare clock time of a world event is no moment). The same verb with the
footage named, or a zero-hour stamp, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'happened/occurred ... at HH:MM' is a clock of the day": [
        ("Shocking dashcam clip. At 0:40 the bakkie swerves. It happened on the M1 near Gilooly's around 17:25, "
         "traffic was backed up for ages.", [(40.0, None)]),
        ("Watch from 1:10 to 1:30 in the video. The whole thing occurred outside the Shoprite at about 08:15.",
         [(70.0, 90.0)]),
    ],
    "the footage named, or a zero-hour stamp, stays a position": [
        ("In the video, the collapse happened at 01:12 and the crowd ran.", [(72.0, None)]),
        ("The crash happened at 00:42, right after the flash on the dashcam.", [(42.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_happened_at_clock(text, expected):
    assert found_spans(text) == expected
