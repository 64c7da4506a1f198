"""A time said to be in the footage right after it, in a sentence that cites its source (blind round 59): "Paramedics
arrive at 11:47 in the file, according to the department's own timeline, just over eight minutes after the first
shot." lost 11:47: an attribution ("according to") with a past-looking word anywhere near ("shot", the noun) reads
as the world reported ("Police said the gunman opened fire at 9:41"). A clock followed by "in the file", "in the
video", "of the recording" is placed in the footage whoever tells it; an attributed clock with no such words, or
the file named only as the source, stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an attributed time said in the footage": [
        ("In the full file, at 4:02, he can be heard calling for help. Paramedics arrive at 11:47 in the file, "
         "according to the department's own timeline, just over eight minutes after the first shot.",
         [(242.0, None), (707.0, None)]),
        ("The ambulance reaches the gate at 14:05 in the video, police said, after the crowd had parted.",
         [(845.0, None)]),
        ("According to the coroner, the restraint ended at 12:30 of the bodycam recording, when the officer stood.",
         [(750.0, None)]),
        ("The second shot is at 0:52 in the dashcam file, prosecutors said in their filing.", [(52.0, None)]),
    ],
    "an attributed clock with no footage after it stays the day's": [
        ("Police said the gunman opened fire at 9:41.", []),
        ("Police said the gunman opened fire at 21:41, according to the case file.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_attributed_in_file(text, expected):
    assert found_spans(text) == expected
