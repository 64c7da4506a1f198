"""How long a task or a thing took, written like a position (blind round 85): a camera recording "for 1:12:00 before
the overheating warning", a timeline that "exported in 3:12", a trailer that "was a slick 2:31" (a reviewer's word
on a length), and a speedrun "under 2:14:00 for an any% run". None is a position in the footage; look-alikes that
place a time in a video stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a camera kept recording for a time": [
        ("The camera will record 6K for 0:48:00 before it overheats, and in my video the warning appears at 12:40.",
         [(760.0, None)]),
        ("It records 4K120 for 0:22:30 before shutting down, which is fine for sports.", []),
        ("In testing it kept recording for 1:35:00 on one battery.", []),
    ],
    "a file processed in a time": [
        ("Clipcut 3 review. Speed first: a 12-minute timeline with a LUT exported in 2:05, versus 2:55 in version 2.",
         []),
        ("My 12-minute edit exported in 2:45, and the same project uploaded in 1:10.", []),
        ("The old version processes in 4:20; this one is twice as fast.", []),
    ],
    "a reviewer's word on a length": [
        ("The launch trailer is a snappy 1:48, and the game looks that good.", []),
        ("The teaser was a crisp 0:58 and gave nothing away.", []),
        ("The opening cinematic runs a leisurely 6:30 before you touch the controller.", []),
    ],
    "a speedrun's time for its category": [
        ("Top runners are now under 1:02:30 for a glitchless run.", []),
        ("The record sits at 48:12 for an any% run on PC.", []),
    ],
    "positions in a video stay": [
        ("Keep watching for 1:40 in the video to see the crash.", [(100.0, None)]),
        ("Di police no start to shoot for 1:20, na for 2:05 di first shot sound.", [(80.0, None), (125.0, None)]),
        ("The fans cheer at 2:45 in the video, and the file exported in the end.", [(165.0, None)]),
        ("The speedrunner reaches the boss at 1:02:30 on the VOD.", [(3750.0, None)]),
        ("The trailer is slick, and at 1:12 the logo appears.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_task_times(text, expected):
    assert found_spans(text) == expected
