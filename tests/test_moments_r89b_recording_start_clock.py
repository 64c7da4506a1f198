"""A recording told its own length, then the clock it starts at (blind round 89): "The file we were given runs 38
minutes and starts at 9:40" is the day's clock the file opens on (it starts at its own 0:00), not a position; nor
"the camera feed lasts about two hours and begins at 18:15". A part of a work told so ("the duel is four minutes long
and starts at 1:52") and a start placed in another recording ("starts at 9:40 in the full stream") stay positions,
as do the positions the sentence goes on to give in the file."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the recording's own start clock is no position": [
        ("The council's footage runs 52 minutes and starts at 8:05. The van appears at 14:20 in it.",
         [(860.0, None)]),
        ("The camera feed lasts about two hours and begins at 18:15.", []),
        ("The tape is 41 minutes long and starts at 21:07; at 3:10 the door opens.", [(190.0, None)]),
        ("Her video, which runs three minutes and twenty seconds, and starts at 7:58, shows the queue.", []),
    ],
    "a part of a work, or a start in another recording, stays a position": [
        ("The duel is four minutes long and starts at 1:52.", [(112.0, None)]),
        ("The excerpt runs 4 minutes and starts at 9:40 in the full stream.", [(580.0, None)]),
        ("The scene starts at 9:40 with a chase.", [(580.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recording_start_clock(text, expected):
    assert found_spans(text) == expected
