"""A clock set before the thing it times, a word or two naming the timer between (blind round 105): "Each mission
has a 3:00 deployment timer, which is generous." A timer's setting is a length the game or the drill counts, no
place in the footage (the contract's game clocks and durations); a clock that opens its clause before the timer as
its subject ("At 3:00 the timer runs out") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock before a named timer is its setting": [
        ("Every heist gives you a 4:30 escape timer, so plan the route first.", []),
        ("The boss fight has a 2:00 enrage countdown that resets on death.", []),
        ("Sets run on a 1:30 rest timer; the squat demo is at 6:12 in the video.", [(372.0, None)]),
    ],
    "a place in the footage before the timer as the clause's subject stays one": [
        ("At 3:00 the timer runs out and the vault door seals.", [(180.0, None)]),
        ("At 2:10 her countdown hits zero.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_named_timers(text, expected):
    assert found_spans(text) == expected
