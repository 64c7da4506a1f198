"""A scheduled event moved from the time it had (blind round 127): "The Blues host the Chiefs next Saturday at
7.05pm; kick-off has moved from 4:35 because of the broadcast deal." The event noun and its verb of change say when
the world's event was to happen: a time of day, as "kick-off is at 4:35" is. A camera or a scene moving "from 4:35"
in footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an event moved from its time is a time of day": [
        ("Sunday's derby is on Sky; kick-off has been shifted from 2:30 to suit the broadcaster.", []),
        ("The vigil was pushed back from 18:00 to 19:30 after the rain.", []),
        ("The parade was brought forward from 11:15 because of the heat.", []),
    ],
    "footage moving from a position stays a position": [
        ("In the video the camera has moved from 4:35 onwards.", [(275.0, None)]),
        ("The match kick-off moved from 15:00; at 0:42 in the clip the fans arrive.", [(42.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_schedule_moved_from(text, expected):
    assert found_spans(text) == expected
