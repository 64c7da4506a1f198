"""Lengths and other durations written like positions (blind round 61): a battery's result ("came out at 11h 40m"),
a work's length told to show it long ("louder, longer (1h 52m)"), a work said to be a timecode in brackets ("the
recap video on YouTube (it's 4:30)"), a cut's length before its noun ("the 3:40 radio edit"), a clip said to be only
so long ("na only 3:12, e no complete"), a timer counting down from a time ("counts down from 60:00"). The same
numbers said where the footage is stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length read as no position": [
        ("Battery life with ANC on came out at 9h 50m in my rundown test.", []),
        ("Charging the case fully came in at 1h 45m on the supplied cable.", []),
        ("Also new: Dune Sea review – bigger, longer (2h 46m), no less odd.", []),
        ("The sequel is shorter (1h 38m) and funnier.", []),
        ("The club's highlights video on YouTube (it's 6:10) has the goal at 2:05.", [(125.0, None)]),
        ("The single's bridge begins at 2:51, where the drums drop out. The rain was cut from the 3:40 radio edit.",
         [(171.0, None)]),
        ("Who get the full video? The one wey dey Twitter na only 2:48, e no complete. For 1:05 you go see am.",
         [(65.0, None)]),
        ("The clip on Facebook is only 1:10, the full one is longer. The last 10 seconds show the fall.",
         [(60.0, 70.0)]),
        ("In the film's climax a second bomb counts down from 45:00 while Harlan runs.", []),
    ],
    "the same numbers said where the footage is": [
        ("In the stream the verdict is read out at 2h 10m.", [(7800.0, None)]),
        ("The goal is only 3:12 into the video.", [(192.0, None)]),
        ("At 1:10 in the video the clock counts down from 10:00.", [(70.0, None)]),
        ("The recap video (at 4:30) shows the dunk.", [(270.0, None)]),
        ("In the radio edit, at 3:40 the strings come in.", [(220.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_length_written_like_a_position(text, expected):
    assert found_spans(text) == expected
