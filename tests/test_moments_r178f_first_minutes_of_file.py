"""The first stretch of a media file named by its file name (blind round 178, a bug report pasted as Markdown): "In the
first 10 minutes of `ep41.mp3` the timestamps are fine". A name with a media file's extension (mp3, wav, mp4, mov and
the others), as code or plain, is the footage the stretch is of, as "of the file" and "of the episode" are: a range
from the start. Another event's first hours, or a file named only after them, stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("In the first 10 minutes of `ep41.mp3` the timestamps are fine, within 0.1 s. At `00:03:15` the host says "
         "\"welcome back\" and the segment start is exactly right.", [(0.0, 600.0), (195.0, None)]),
    ],
    "the opening stretch of a file named by its name": [
        ("In the first two minutes of interview_raw.wav you can hear the generator.", [(0.0, 120.0)]),
        ("During the first 90 seconds of GOPR0231.MP4 the lens is fogged, so skip to 1:45.",
         [(0.0, 90.0), (105.0, None)]),
        ("Within the first 30 seconds of `cam2_0715.mov` the door opens.", [(0.0, 30.0)]),
    ],
    "another event's first stretch stays nothing": [
        ("In the first 48 hours after ep41.mp3 went up, it got 10,000 plays.", []),
        ("In the first 10 minutes of the meeting the mics were off.", []),
        ("For the first 10 minutes of ffmpeg's run on ep41.mp3 the fan was loud.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_first_minutes_of_file(text, expected):
    assert found_spans(text) == expected
