"""A keyframe names a frame of the footage (round 59's forum-03 and subtitles-08): "the keyframe was at 1:32.37",
"snapped to the keyframe at 2:12.7" are positions, however past the tense. A past-tense sentence naming no footage
keeps its times of day, and a race keeps its times."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a keyframe's time": [
        ("Checked it: the keyframe was at 0:47.20.", [(47.2, None)]),
        ("Whoever timed it snapped the cue to the keyframe at 5:01.3 instead of the audio.", [(301.3, None)]),
        ("ffprobe says the nearest key-frame was at 3:58.", [(238.0, None)]),
    ],
    "near-misses": [
        ("He crossed the line at 2:08.4 after a late surge.", []),
        ("The train left at 9:15.", []),
        ("Lap times: 1:02.3, 1:01.9 and 1:01.4.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_keyframe_s_time_is_a_position(text, expected):
    assert found_spans(text) == expected
