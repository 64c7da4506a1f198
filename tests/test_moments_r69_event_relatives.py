"""Gaps counted from something that is no position in the footage (blind round 69, long articles): "a marshal is
already waving a blue flag, a full twenty seconds before the leaders arrive" (an event told as a plural subject and
its verb, not yet placed: the gap is the writer's, not a moment), and "cuts again to a replay of a pit stop from an
hour earlier" (a time the replayed thing happened, said with "from" after its noun). The gap counts where the event
was placed before ("At 2:15 the riders arrive. Ten seconds before the riders arrive, ..."), and a relative that
opens its clause still counts from the position before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a gap before an event told as a plural subject and its verb": [
        ("Stop it at 2:15, where a steward is already waving, a good ten seconds before the riders arrive.",
         [(135.0, None)]),
        ("At 0:48 the gates are shut, some thirty seconds before the horses break.", [(48.0, None)]),
    ],
    "a time a replayed thing happened, said with from": [
        ("At 3:10:05 the director cuts to a replay of a crash from an hour earlier.", [(11405.0, None)]),
        ("At 0:50 the channel shows footage from ten minutes earlier.", [(50.0, None)]),
    ],
    "gaps that still count from a position": [
        ("At 2:15 the riders arrive. Ten seconds before the riders arrive, a steward waves.",
         [(135.0, None), (125.0, None)]),
        ("At 1:10 the car stops; ten seconds later it restarts.", [(70.0, None), (80.0, None)]),
        ("At 1:10 the car stops. From ten seconds later, the picture is black.", [(70.0, None), (80.0, None)]),
        ("The save is at 12:30; play from about five seconds before that, from 12:25.",
         [(750.0, None), (745.0, None), (745.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_event_relatives(text, expected):
    assert found_spans(text) == expected
