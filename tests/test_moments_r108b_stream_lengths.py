"""An audio and a video stream's lengths set side by side (blind round 108, subtitles-05, an Aegisub karaoke
thread: "if the audio stream is 1:52.7 and video 1:52.0, there's your answer", "MediaInfo says audio 1:52.68, video
1:52.04"). A file's two streams told each by its time, the one against the other, are how long each runs, no place
in either. A sync point told "at" the audio's and the video's times, and a single stream's event, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "two streams' times set side by side are their lengths": [
        ("ffprobe reports video 24:10.48 and audio 24:11.92, so the mux is off.", []),
        ("The video track is 3:05.2 but the audio track is 3:07.9 after the re-encode.", []),
        ("Per MediaInfo: audio 58:14.3, video 58:12.0. That's where the drift comes from.", []),
    ],
    "positions told of a stream stay positions": [
        ("The clap lands at audio 0:45.3, video 0:45.9, so shift by six frames.", [(45.3, None), (45.9, None)]),
        ("The audio drops out at 1:12.4 and the video freezes at 1:13.0.", [(72.4, None), (73.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stream_lengths(text, expected):
    assert found_spans(text) == expected
