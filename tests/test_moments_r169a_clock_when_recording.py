"""A clock on screen followed by a clause that opens with a conjunction (blind round 169, a Toowoomba body-worn camera
decision): "The device's overlay shows 22:51:06 when recording starts." is a clock, not the recording's length, so
"the last 90 seconds of the recording" and "Halfway through the recording" count from the recording's stated 11
minutes 40 seconds, not from 22:51:06. A timecode followed by one word and a work noun ("the 4:30 edited clip") is a
length; "when", "while", "before", "until", "once" and their kin open a clause whose noun is a verb's ("when recording
starts"), never an adjective of the work's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a clock before a conjunction and a work noun is no length of the work": [
        ("The dashcam recording lasts 4 minutes. Its clock reads 07:15:30 when recording starts. In the last 15 "
         "seconds of the recording the lorry brakes.", [(225.0, 240.0, False)]),
        ("The CCTV footage runs 6 minutes. The timestamp says 04:41:09 while footage rolls. Halfway through the "
         "footage the van leaves.", [(180.0, None, True)]),
        ("The magistrate viewed the footage, which is 3 minutes long. The stamp showed 02:10:44 until footage cut "
         "out. In the final 30 seconds of the footage the guard runs.", [(150.0, 180.0, False)]),
        ("The bodycam video is 5 minutes long. The overlay reads 23:02:11 once recording begins, and the last "
         "minute of the recording is the arrest.", [(240.0, 300.0, False)]),
    ],
    "a timecode with an adjective before the work noun is still its length": [
        ("The 4:30 edited clip is online. In the last 30 seconds of the clip he waves.", [(240.0, 270.0, False)]),
        ("The 1:42 viral clip went round. In the final 10 seconds of the clip the roof falls.",
         [(92.0, 102.0, False)]),
    ],
    "the clock alone stays nothing": [
        ("The device's overlay shows 22:51:06 when recording starts.", []),
        ("The camera's clock read 06:58:03 before recording stopped.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_when_recording(text, expected):
    assert found_hedged(text) == expected
