"""An interval's parts told in spoken units after "at" (blind round 110): a workout list's "then 3x12 reps at 45 sec
on / 15 sec off". The family: "at N sec on / M sec off", "at 20 s work, 10 s rest" sets a work-and-rest interval,
no position, as its clock form "8 x 1:30 on / 0:30 off" already is not; a spoken time with "on the clip" after it,
or a position in the same sentence, stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an interval's work and rest parts in spoken units are no moment": [
        ("Burpees, 6 rounds at 40 seconds on / 20 seconds off.", []),
        ("Tabata: 8 rounds at 20 s work, 10 s rest, then stretch at 4:10.", [(250.0, None)]),
        ("Do the hill sprints at 30 secs on and 90 secs recovery until you're cooked.", []),
    ],
    "a spoken position with the footage after it stays": [
        ("At 45 sec on the clip the dog appears.", [(45.0, None)]),
        ("She starts the rope work at 2 min 10 s, then rests.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_interval_words(text, expected):
    assert found_spans(text) == expected
