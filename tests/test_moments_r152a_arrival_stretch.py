"""A timetable's verb before a stretch from one time to another (blind round 152, a longform piece on a sinking
whose video "lasts four minutes and twelve seconds": "The coastguard helicopter arrives from 2:30 to 3:10, its
searchlight sweeping the raft."). A departure board writes "departs 10:15", "arrives 11:40": one clock after the
verb. "arrives from 2:30 to 3:10" is how long the footage shows the arrival, a range. A service's stretch told with
its frequency or its days ("every 15 minutes", "daily") and a verb with one clock stay times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timetable verb before a from-to stretch is a range in the footage": [
        ("The drone clip runs six minutes. The lifeboat returns from 4:05 to 4:40, towing the dinghy behind it.",
         [(245.0, 280.0)]),
        ("Then the fire engine arrives from 1:12 to 1:30, lights on but no siren.", [(72.0, 90.0)]),
        ("The pilot boat leaves between 0:50 and 1:05, and the harbour goes quiet.", [(50.0, 65.0)]),
    ],
    "a service's hours and a departure board stay times of day": [
        ("Buses leave from 7:00 to 19:00 every 15 minutes.", []),
        ("The shuttle leaves from 6:00 to 22:00 daily.", []),
        ("The ferry departs 10:15 and arrives 11:40.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_arrival_stretch(text, expected):
    assert found_spans(text) == expected
