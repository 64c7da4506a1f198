"""A prober's chapter line (blind round 86): ffprobe prints each chapter as "Chapter #0:3: start 2470.000000, end
3105.400000", seconds into the file, so the line is that chapter's span, a range. The probe's "Duration:" is the
file's length, its stream line's "48000 Hz" and bitrate are nothing, and a chapter line whose end is not after its
start is no range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a chapter line's start and end are its span": [
        ("```\nChapter #0:1: start 612.500000, end 1204.000000\n```", [(612.5, 1204.0)]),
        ("ffprobe lists it as Chapter #0:0: start 0.000000, end 95.250000 so the intro is short.", [(0.0, 95.25)]),
        ("    Chapter #0:12: start 3300.000000, end 3412.040000\n      Metadata:\n        title : Credits",
         [(3300.0, 3412.04)]),
    ],
    "the rest of a probe's output stays nothing": [
        ("```\nDuration: 00:47:02.10, start: 0.000000, bitrate: 2200 kb/s\n"
         "Stream #0:0: Video: h264, 1920x1080, 25 fps\n```", []),
        ("Chapter #0:2: start 900.000000, end 900.000000", []),
        ("Stream #0:1(eng): Audio: opus, 48000 Hz, stereo", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_probe_chapters(text, expected):
    assert found_spans(text) == expected
