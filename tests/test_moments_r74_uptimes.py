"""A machine's or a session's time up (blind round 74): "Uptime before the last attempt was 3:14:07", "System
uptime: 41:22:05", "the elapsed time was 1:02:40". How long something has been running is a duration, not a
position; a position in a video about it stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an uptime or an elapsed time is a duration": [
        ("Uptime before the crash was 3:14:07 if that helps.", []),
        ("System uptime: 41:22:05 and the fan is loud.", []),
        ("Server uptime was 12:04:11 when the update failed.", []),
        ("The session's elapsed time was 1:02:40 by then.", []),
        ("Task Manager says up time is 5:18:33 right now.", []),
    ],
    "a position in footage about the machine stays": [
        ("At 3:14 in the video the uptime counter resets.", [(194.0, None)]),
        ("The uptime graph spikes at 2:10 in the recording.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_uptimes(text, expected):
    assert found_spans(text) == expected
