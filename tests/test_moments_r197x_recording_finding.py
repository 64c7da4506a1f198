"""A finding about a recording just named with its length (fitted round 137: a judge "watched State's Exhibit 7, the
22-minute bodycam recording ... In her 14-page ruling she wrote that the handcuffs went on at 06:02"): a clock inside
that length, in the past tense of what the watcher found there, is the recording's position, as "at 6:02" is. A clock
past the length, one of a part of the day, or one in a sentence finding nothing stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a finding inside the recording's length": [
        ("Judge Ortiz watched Exhibit 4, the 22-minute bodycam recording, at a hearing. In her ruling she wrote "
         "that the handcuffs went on at 06:02.", [(362.0, None)]),
        ("The jury watched the 18-minute dashcam video on Monday. The expert concluded that the car left the road "
         "at 04:12.", [(252.0, None)]),
        ("The panel viewed the 40-minute body-camera footage from Constable Reyes. It found that the Taser was fired "
         "at 21:05, after two warnings.", [(1265.0, None)]),
        ("Officers reviewed the 9-minute doorbell clip. Their report notes that the parcel was taken at 07:31.",
         [(451.0, None)]),
    ],
    "left alone": [
        ("Judge Ortiz watched the 22-minute bodycam recording. She wrote that the hearing ended at 23:40.", []),
        ("Judge Ortiz watched the 22-minute bodycam recording. She wrote that the arrest was made at 06:02 that "
         "morning.", []),
        ("The 22-minute bodycam recording was played. The defendant left the bar at 05:30.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recording_finding(text, expected):
    assert found_spans(text) == expected
