"""A delivery or QC sheet's carried clock (blind round 89): the labelled start or end of message ("SOM
10:00:00:00", "Start of Message: 01:00:00:00", "EOM 10:44:12:05", "start timecode 09:59:30:00") is the clock the
tape carries, not a position; nor is a timecode set equal to the first frame, the base the sheet counts from
("(00:00:00:00 = first frame of programme)"). The sheet's own file-relative timecodes stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a labelled start or end of message is no position": [
        ("Delivery: 25 fps, SOM 10:00:00:00, EOM 10:44:12:05.\n\n1. 00:02:10:00 – caption too early.",
         [(130.0, None)]),
        ("Start of Message: 01:00:00:00\nNotes: 00:12:30:00 – typo in the name.", [(750.0, None)]),
        ("The master's start timecode 09:59:30:00 includes bars and tone.", []),
        ("25 fps; SOM @ 10:00:00:00 (bars and tone). At 00:00:41:00 the title is misspelt.", [(41.0, None)]),
    ],
    "a timecode set equal to the first frame is the base, not a moment": [
        ("Timecodes are relative to the file (00:00:00:00 = first frame of picture).\n00:05:01:00 – wrong speaker.",
         [(301.0, None)]),
        ("Note that 10:00:00:00 is the first frame of the programme; all notes below use it.", []),
    ],
    "look-alikes stay positions": [
        ("At 00:00:00:00 the logo is already on screen.", [(0.0, None)]),
        ("25 fps. The somersault at 00:01:12:00 lands badly.", [(72.0, None)]),
        ("Her first frame at 0:12 is blurred.", [(12.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_carried_start(text, expected):
    assert found_spans(text) == expected
