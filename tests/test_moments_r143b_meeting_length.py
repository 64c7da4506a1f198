"""A public body's meeting, its length told whole, as the length of the footage that streams it (blind round 138):
'... Parish Council (it ran 7pm until gone quarter past nine) ... The meeting was 2 hours 15 minutes in all. ... 1:02:45
into the livestream ... The real fireworks come in the last ten minutes'. The meeting's length is the recording's, so
an end form counts back from it. A footage length told beside it (the clip's, the video's) still wins: the meeting
may be longer than what was filmed."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a meeting's length is the length its end forms count from": [
        ("Watch the full council livestream here. The meeting lasted 1 hour 40 minutes in total. The shouting match "
         "is in the last five minutes.", [(5700.0, 6000.0)]),
        ("The school board's sitting ran 95 minutes, all of it on the district's stream. The vote comes in the final "
         "two minutes.", [(5580.0, 5700.0)]),
    ],
    "a footage length beside the meeting's still wins": [
        ("The meeting lasted two hours, but the video is only 12 minutes; the shouting starts in the final minute.",
         [(660.0, 720.0)]),
        ("The board meeting was 40 minutes. In the 3-minute clip, the last 20 seconds show the vote.",
         [(160.0, 180.0)]),
        ("Our meeting was 30 minutes. At 0:45 of the recording the chair speaks.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_meeting_length(text, expected):
    assert found_spans(text) == expected
