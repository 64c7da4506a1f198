"""A clock the recording is inferred to have started at, a modal or an adverb of inference before the verb and a hedge
before the clock (blind round 134): "fireworks begin around 3 minutes 10 seconds in; local reports put the fireworks at
23:59, so the recording likely started near 23:56." The clock is when the recording began in the world (as "the live
broadcast began at 19:00" already is), no position in it; "likely" and "near" hid it. A start said in the recording
("started at 0:12 in the reupload") and a thing in the footage that starts at a time stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a recording inferred to have started at a clock is no position": [
        ("The call to prayer is audible at 1:05 in the clip. Prayers began at 18:31 that evening, so the video "
         "probably started near 18:30.", [(65.0, None)]),
        ("Church bells ring 2 minutes in; the bells ring on the hour, so the stream must have begun around 19:58.",
         [(120.0, None)]),
    ],
    "a start said in the recording, or of a thing in it, stays a position": [
        ("The clip started at 0:12 in the reupload.", [(12.0, None)]),
        ("In the video, the chant probably started near 1:40.", [(100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_inferred_recording_start(text, expected):
    assert found_spans(text) == expected
