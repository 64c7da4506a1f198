"""Lengths of a file that read as positions in blind round 65 (forum-03): a clip's length after "my" or "your"
("my 2:14 clip", as "a 2:14 clip" already was), and a length listed between commas beside the file's codec, picture
or size with no brackets ("a phone recording, HEVC, 2 min 14 sec, 480 MB", as "(H.264, 1080p, 2 min 03 s)" already
was). Positions in a list of events, or beside a codec named in prose, stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a possessive's clip length": [
        ("Handbrake keeps turning my 3:20 clip into a 900 MB file.", []),
        ("Why is your 1:05 video so blurry after upload?", []),
    ],
    "a length listed beside a file's properties": [
        ("Source is a drone recording, H.265, 4 min 10 sec, 2.1 GB.", []),
        ("Upload details: 1080p, 3:05, 30 fps.", []),
        ("The file: MP4, 12:40, 800 MB, shot on a phone.", []),
        ("Original is a screen capture, ProRes, 0:58.", []),
    ],
    "near-misses stay as they were": [
        ("My clip shows the goal at 2:14, then the save at 2:40, and the end.", [(134.0, None), (160.0, None)]),
        ("In the video, HEVC-encoded, the crash is at 2:14, as you can see.", [(134.0, None)]),
        ("At 2:14 in my video the dog barks.", [(134.0, None)]),
        ("Watch my clip from 1:10, 1:45, and 2:05.", [(70.0, None), (105.0, None), (125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_file_lengths(text, expected):
    assert found_spans(text) == expected
