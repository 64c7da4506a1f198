"""A sync check told in a count of the picture's frames names the footage (blind round 131, subtitles): "Rescaled
all 428 cues, removed the credits cue, checked against the master at 3:30, 7:19 and 13:02 — all within 2 frames."
The sentence is told in the past and names no video, so its clocks were read as the day's; "within 2 frames" counts
the picture's frames, as only footage has them, and makes its times positions, as the singular "within a frame"
already did. Frames of a bike or a picture, not counted, name no footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "times checked to a count of frames are positions": [
        ("Re-synced the Tagalog track and spot-checked it against the export at 4:10 and 15:20; both had been off by "
         "three frames.", [(250.0, None), (920.0, None)]),
        ("Conformed the Hindi SDH file, then verified sync at 5:05, 11:48 and 19:12; nothing drifts more than 3 "
         "frames.", [(305.0, None), (708.0, None), (1152.0, None)]),
    ],
    "frames not counted as the picture's stay no footage": [
        ("We replaced the bike frames at 9:30 and rode off at 10:15.", []),
        ("The framers arrived at 7:30 and the windows were fitted by 15:10.", []),
        ("Three frames were hung in the lobby at 11:20 yesterday.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_frame_counts(text, expected):
    assert found_spans(text) == expected
