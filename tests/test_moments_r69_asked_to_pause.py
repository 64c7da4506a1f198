"""A person asked to work the player at a time, in the past tense (blind round 69, long articles): "she watched it
with me in her kitchen, and asked me to pause at 14:02, where her late father lifts her veil" is a position in the
footage, not the time of day the asking happened. Only verbs that work a player alone count (pause, freeze,
rewind, replay, skip, scrub, cue): "asked us to stop at 12:30 for lunch" and "asked me to call at 14:30" stay
times of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "asked or told to work the player at a time": [
        ("The farmer, now 91, watched it twice and asked me to pause at 12:40, where his brother waves.",
         [(760.0, None)]),
        ("Her son told us to rewind to 3:05 and laughed.", [(185.0, None)]),
        ("The archivist begged me to freeze it at 0:47 so she could read the sign.", [(47.0, None)]),
    ],
    "asked to do something else at a time of day": [
        ("The guide asked us to stop at 12:30 for lunch.", []),
        ("She asked me to call at 14:30 on Tuesday.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_asked_to_pause(text, expected):
    assert found_spans(text) == expected
