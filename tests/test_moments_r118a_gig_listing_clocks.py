"""A gig's listing of its evening: the band's start after the doors' time told with p.m., and the encore's clock
with a label's colon after it (blind round 118): "Setlist — The Brolga Kings, Corner Hotel, Richmond, Sat 8 Nov
(doors 7:30pm, on stage 9:15)", "Encore at 10:20: Red Dirt (4:55)". The family: a line-up's clocks, as "Doors 19:30,
on stage 20:45" already was, also when the hour has one digit after a label's time in the day's words ("doors 7pm",
"doors 6:30 p.m."), when the band's start is labelled "on stage" or "set time", and when a colon follows the clock
("support 19:45: The Mallards"). The tracks' bracketed lengths stay lengths; a concert film's or a stream's encore
and falls stay positions (a footage word, "into the stream", "in the video")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a gig listing's clocks are the evening's": [
        ("Gig guide: The Tidewaters, Leadmill, Sheffield, Fri 14 Mar (doors 7pm, on stage 8:45)\n1. Harbour Wall "
         "(3:58)\n2. Low Tide (4:20)\nEncore at 10:05: Salt Road (5:12)", []),
        ("Show info (doors 6:30 p.m., set time 8:15), tickets $35 at the door.", []),
        ("Line-up (doors 19:00): support 19:45: The Mallards; headliners 21:00: Kettle Drum.", []),
    ],
    "a concert film's or a stream's times stay positions": [
        ("The concert film is up. The encore at 1:02:15 is the bit to watch, and on stage at 4:10 she trips.",
         [(3735.0, None), (250.0, None)]),
        ("Festival recap video: doors 7:30pm, and the headliner's set starts 8:40 into the stream.", [(520.0, None)]),
        ("Setlist from last night's stream (doors 7pm): the encore is at 1:05 in the video.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_gig_listing_clocks(text, expected):
    assert found_spans(text) == expected
