"""A gap right after a time and a comma that opens a clause of its own (blind round 118, an esports report):
"The ace is at 2:14:05 in the VOD, about 10 seconds earlier you see him rotate B." A gap apposed to a time restates
how far that time is from the one before ("closes at 1:45, 45 seconds later."), but one followed by its own subject
and verb is a comma splice: a new moment, counted from the time just told. The gap that ends its clause, and the gap
to an event ("0.3 seconds before the window shatters"), stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a gap with a subject and verb after it is a new moment": [
        ("The clutch is at 1:02:40 in the VOD, about 15 seconds earlier you can see him flank A.",
         [(3760.0, None), (3745.0, None)]),
        ("The winner is at 3:10 in the highlights, ten seconds later he rips off his shirt.",
         [(190.0, None), (200.0, None)]),
        ("Her smash lands at 4:05 of the replay, roughly 20 seconds later the crowd goes quiet.",
         [(245.0, None), (265.0, None)]),
        ("The tackle is at 0:58 on the stream, five seconds later we see the ref reach for a card.",
         [(58.0, None), (63.0, None)]),
        ("It's 44:10 in the VOD, 15 seconds later the whole squad wipes.", [(2650.0, None), (2665.0, None)]),
    ],
    "a gap that ends its clause restates the time": [
        ("The whistle blows at 0:30. The door closes at 1:15, 45 seconds later.", [(30.0, None), (75.0, None)]),
        ("The gun is at 0:20. The winner comes home at 1:05, 45 seconds later than the rest.",
         [(20.0, None), (65.0, None)]),
    ],
    "a gap to an event apposed to a time places that event": [
        ("The flash appears at 01:17.4 in the copy, 0.3 seconds before the window shatters.", [(77.4, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_gap_opens_clause(text, expected):
    assert found_spans(text) == expected
