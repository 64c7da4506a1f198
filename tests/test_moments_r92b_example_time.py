"""A clock given as an example of a booked or usual time (blind round 92, a lecture-capture FAQ in HTML):
"Recordings start at the booked time (e.g. 09:00) even if the lecturer arrives late." The example is a time of
day, what the booking says, not a position. An example of a point in the work ("a later point (e.g. 2:30)")
stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an example of a booked or usual time is a time of day": [
        ("Doors open at the usual time, say 19:45, and the bar opens later.", []),
        ("Webinars go live at the scheduled slot time (for example 10:30) whether or not the host has joined.", []),
    ],
    "an example of a point in the work stays a position": [
        ("Jump to a later point (e.g. 2:30) to skip the intro.", [(150.0, None)]),
        ("The recording starts at the booked time; the talk itself starts at 4:10.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_example_time(text, expected):
    assert found_spans(text) == expected
