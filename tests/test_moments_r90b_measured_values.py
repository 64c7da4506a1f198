"""A measure's values told as clocks on a page with no footage in them (blind round 90, an earnings call): "dwell
time came down from 3 hours 40 minutes to 2 hours 55 minutes ... is the 2:55 sustainable?" and "We think 2:45 to
3:00 is the right range". A changed measure spelled in hours and minutes, written again as a clock with no word
placing it, is that measure; a range of clocks called a range, band or window of values ("is the right range", "a
target band of") in a sentence naming no footage is no stretch of footage. "at 1:05", "the 1:05 mark", "1:05 in the
webinar" and a range in a video stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a spelled changed measure written again as a clock": [
        ("Average hold time fell from 1 hour 10 minutes to 48 minutes, and wait time went from 2 hours 5 minutes "
         "to 1 hour 30 minutes. Can 1:30 hold through winter?", []),
        ("Turnaround time went down from 4 hours 20 minutes to 3 hours 45 minutes this year. Is the 3:45 "
         "realistic for the new depot?", []),
    ],
    "the same digits placed in a recording stay positions": [
        ("Response time went down from 1 hour 20 minutes to 1 hour 5 minutes. The webinar recording has the chart "
         "at the 1:05 mark.", [(65.0, None)]),
        ("Response time went down from 1 hour 20 minutes to 1 hour 5 minutes. Skip to 1:05 in the webinar.",
         [(65.0, None)]),
    ],
    "a range of values is no stretch of footage": [
        ("We think 2:45 to 3:00 is the right range for the quarter.", []),
        ("Our guidance is unchanged: 1:50 to 2:05 remains the target band for turnaround.", []),
    ],
    "a range in the footage stays": [
        ("In the video, 1:10 to 1:20 is the range where the glitch shows.", [(70.0, 80.0)]),
        ("From 0:40 to 0:55 is the bit to watch.", [(40.0, 55.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_measured_values(text, expected):
    assert found_spans(text) == expected
