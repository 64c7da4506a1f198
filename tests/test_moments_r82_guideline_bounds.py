"""A guideline's bound standing as an item of its own (blind round 82): "Minimum duration: 00:00:01:00 (1 second);
maximum 00:00:07:00" in a subtitling style guide. "maximum", "max" or "minimum" (with or without the noun it bounds)
right before a time is a limit that holds for any file, no position; a time said at a point where something is at
its maximum stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare bound is a limit, not a position": [
        ("• Minimum duration 00:00:00:20; maximum 00:00:06:00.", []),
        ("Clips for the reel: max 0:45 each, please.", []),
        ("House rules: intro no longer than 0:30, outro maximum length: 1:15.", []),
        ("Minimum 0:10 between two captions, maximum 00:00:05:12 on screen.", []),
    ],
    "look-alikes: a point where something peaks stays a position": [
        ("The meter hits maximum at 2:14 and stays there.", [(134.0, None)]),
        ("At 3:05 the fan is on maximum, so the audio is noisy.", [(185.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_guideline_bounds(text, expected):
    assert found_spans(text) == expected
