"""A clock a log or a record shows an event at, the event named again (blind round 197): "The station's own log
records that call at 02:26, which fits the burnt-in clock whether or not it runs four minutes fast" is the log's time
of day, as "The call log shows a call at 23:08" already was; the sentence's talk of the burnt-in clock does not let the
learned veto make it a position. A time said in the video stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a log's clock of the event told": [
        ("In the final seconds the attendant is on his phone. The station's own log records that call at 02:26, "
         "which fits the burnt-in clock whether or not it runs four minutes fast.", []),
        ("The call log shows that call at 23:08, and the camera's clock agrees with it.", []),
        ("The control room's log records his radio message at 01:14:20, two minutes after the overlay's time.", []),
        ("Phone records list her text at 21:14, which matches the burnt-in clock.", []),
    ],
    "left alone": [
        ("At 1:10 in the video the attendant picks up the phone.", [(70.0, None)]),
        ("The attendant dials at 2:26 in the recording, as the log says.", [(146.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_logged_clock(text, expected):
    assert found_spans(text) == expected
