"""A recording said to be a stretch of hours, and the clock it starts at (blind round 72): an osprey cam's "On the
archived livestream (it's a 12-hour block starting at 04:00), the first clear view of the chick is at 1:42:35 ...
the intruder appears at 6:18:02". "it's a 12-hour block" in the work's brackets is the work's length, whatever its
noun (so a position past six hours inside it stays one), and a zero-padded clock the hours-long stretch starts at is
when the recording began, no position; a stretch of minutes "starting at 04:00" still starts there in the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an hours-long block and the clock it starts at": [
        ("The webcam archive (it's a ten-hour stretch starting at 18:00) has the badger at 2:10:05 and the fox at "
         "7:48:30.", [(7805.0, None), (28110.0, None)]),
        ("The reserve's stream (it's an eight-hour block starting at 05:00) shows the first nest visit at "
         "6:40:12.", [(24012.0, None)]),
        ("The overnight recording is a 9-hour capture, starting at 22:00, and the crash is at 3:05:40.",
         [(11140.0, None)]),
    ],
    "minutes-long stretches and unstated lengths stay as they were": [
        ("The stream (it's 12 hours, sorry) has the goal at 6:18:02.", [(22682.0, None)]),
        ("Look at the clip from 0:40 to 1:10, then at 2:05.", [(40.0, 70.0), (125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_hours_long_block(text, expected):
    assert found_spans(text) == expected
