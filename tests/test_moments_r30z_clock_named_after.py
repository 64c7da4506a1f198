"""A clock of the day named right after its time, its device told with a hyphenated word (blind round 30,
g30-longform-01): "The compilation begins with a wide shot of the gate at 18:31, according to the camera's on-screen
clock." is the camera's clock, no position. "according to the camera clock" already read so; the words between
"according to" and "clock" may be hyphenated ("on-screen", "burnt-in", "dash-cam's"). A time said into the footage
stays a position, and so does one with no clock named after it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time read by a clock named after it with a hyphenated word": [
        ("The compilation begins with a wide shot of the gate at 18:31, according to the camera's on-screen clock.",
         []),
        ("The dashcam footage shows the lorry pulling out at 07:52, according to the van's burnt-in timestamp.", []),
        ("Our copy of the bodycam video opens at 23:14:05, according to the officer's on-screen clock, as he "
         "reaches the door.", []),
        ("The livestream picks up the crowd at 16:40, according to the dash-cam's clock in the corner.", []),
    ],
    "the footage's own positions stay positions": [
        ("The compilation begins with a wide shot of the gate at 18:31.", [(1111.0, None)]),
        ("According to the camera's on-screen clock the gate opened late; in the video it happens at 4:12.",
         [(252.0, None)]),
        ("At 2:45 into the clip, according to the narrator's voice-over, the gate closes.", [(165.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_named_after(text, expected):
    assert found_spans(text) == expected
