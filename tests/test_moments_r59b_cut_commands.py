"""A command line that cuts the discussed file by its seek options (round 59's forum-03): ffmpeg's "-ss START ...
-to END" is the range between, "-ss START ... -t LENGTH" the range from the start for that length, whatever options
stand between and whatever tense the sentence tells it in. A lone "-ss" stays a point; "-t" with no "-ss", a frame
rate or a quality setting is no position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "-ss and -to": [
        ("I trimmed it with ffmpeg -ss 00:02:05 -to 00:02:40 -i match.mp4 -c copy goal.mp4 and it worked.",
         [(125.0, 160.0)]),
        ("ffmpeg -ss 0:45 -i raw.mov -to 1:10 -c:v libx264 out.mp4", [(45.0, 70.0)]),
    ],
    "-ss and -t (a start and a length)": [
        ("Run: ffmpeg -ss 75 -t 20 -i lecture.mkv clip.mkv", [(75.0, 95.0)]),
        ("    ffmpeg -ss 00:10:00 -t 00:00:30 -i talk.mp4 -c copy teaser.mp4", [(600.0, 630.0)]),
    ],
    "near-misses": [
        ("Try ffmpeg -ss 00:03:00 -i in.mp4 -frames:v 1 still.png to grab the frame.", [(180.0, None)]),
        ("ffmpeg -i in.mp4 -t 30 -c copy first30.mp4", []),
        ("ffmpeg -i in.mp4 -r 30 -crf 23 out.mp4", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_cut_command_s_seek_options_are_a_range(text, expected):
    assert found_spans(text) == expected
