"""A place's opening or closing hour (blind round 99's road-trip blog, whose vlog "runs 22:05"): "Kinmount Crust opens
at 7:30 and sells out of runny tarts by 11, so go early." A business that opens or closes at a clock, named as a
business or with the day's hours beside it, is a time of day, no position; a thing that opens in footage ("the door
opens at 0:45"), or a sentence naming the footage, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a place that opens or closes at a clock is a time of day": [
        ("Our trip video is up. The corner bakery opens at 6:45 and is sold out by 9.", []),
        ("The vlog has the whole route. Ma Mary's Kitchen opens at 9:30 and stops serving at 2.", []),
        ("See the video for the drive. Nan's café closes at 3:30, so get there by lunch.", []),
        ("Watch the vlog first. Dhaba Singh opens at 8:15 and is out of parathas by 10, so set off early.", []),
        ("The episode is 40 minutes long. Mama Ros's stall closes at 4:30 on weekdays.", []),
    ],
    "a thing that opens in footage stays a position": [
        ("In the clip, the door opens at 0:45 and the dog bolts.", [(45.0, None)]),
        ("The parachute opens at 1:12 and he drifts towards the trees.", [(72.0, None)]),
        ("The hatch opens at 5:40 and closes at 6 minutes in.", [(340.0, None), (360.0, None)]),
        ("The bakery opens at 7:30 in the video, which is when the fight starts.", [(450.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_opening_hours(text, expected):
    assert found_spans(text) == expected
