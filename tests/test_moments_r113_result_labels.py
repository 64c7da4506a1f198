"""A race's result told by a bare label before its time (blind round 113): a 1500 m final's opening line "winner
3:32.41", a Tour stage's "time gap 0:42 at the flamme rouge". A winner's time and a gap between riders are race
times, no places in a video, like the "winning time 3:32.41" and "his time 3:32.41" already read so. The same
words with the time said to be in the footage ("the winner 2:14 into the highlights"), or a time "at" which something
happens, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a winner's time after the bare label is a race time": [
        ("Women's 800m final, Zurich: winner 1:57.86, runner-up 1:58.40, last 200 in 29.1.", []),
        ("Results, Glasgow 10K — champion 28:51, women's winner 32:07. Rain throughout.", []),
    ],
    "a time gap between riders is a race time": [
        ("The four leaders held a gap of 1:15 over the bunch on the Col du Galibier.", []),
        ("Stage 9 notebook: time gap 2:05 at the top of the Tourmalet, then the chase closed it.", []),
        ("Into the last 10 km the gap to the peloton was 0:38 and falling.", []),
    ],
    "a time in the footage stays a position": [
        ("Goals of the season\n\n1. The 90th-minute winner: 4:12\n2. Okafor's volley, 6:30",
         [(252.0, None), (390.0, None)]),
        ("Stage 9 highlights: the winner attacks at 3:12 and the gap opens at 3:40 in the video.",
         [(192.0, None), (220.0, None)]),
        ("In the replay the winner crosses the line 6:45 into the broadcast.", [(405.0, None)]),
        # a recording's gap is no race's
        ("The bodycam has a gap between 0:12:40 and 0:13:05, when the officer turns it off.", [(760.0, 785.0)]),
        ("Viewers noticed a gap: from 41:10 to 41:55 the stream freezes.", [(2470.0, 2515.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_result_labels(text, expected):
    assert found_spans(text) == expected
