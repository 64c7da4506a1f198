"""A margin that moved, told by its old and new values (blind round 142): "the leader's margin swung from 14.2
seconds to 48.9 by the service break". A gap between competitors changing from one value to another is a measure,
like a time that "went from 1:10 to 0:48": no position in the footage. The verbs of a changing amount (swung,
widened, narrowed, ballooned, dipped) join those already read (went, grew, fell); a camera moving across the footage
from one timecode to another stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a margin that swung or widened from one value to another is no moment": [
        ("Over the closing laps her lead widened from 8 seconds to 21.5.", []),
        ("Rahimi's advantage narrowed from 1 minute 10 seconds to 42 seconds on the descent.", []),
        ("The gap to the chasing group ballooned from 20 seconds to nearly two minutes.", []),
        ("By the second service the deficit had swung from 3.4 seconds to 11.9 in the Finn's favour.", []),
    ],
    "a stretch of the footage between two timecodes stays a range": [
        ("The camera swings from 0:14 to 0:48 across the crowd.", [(14.0, 48.0)]),
        ("The gap between the cars is clearest from 2:05 to 2:31 in the onboard.", [(125.0, 151.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_margin_changed(text, expected):
    assert found_spans(text) == expected
