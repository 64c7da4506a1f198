"""A leg of a trip told by its two ends, then "in" and the time it took (blind round 194): "I did the car park to the
top of the chain ladders in 2:41:30" is a walking time, as "ran the 22-mile section ... in 3:51" is a race's; a
footage word among the ends keeps it a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a leg done in a time": [
        ("Last summer I did the trailhead to the top of the gully in 2:38:15, with a long lunch stop.", []),
        ("She cycled Cape Town to Stellenbosch in 1:48:20 on a single-speed.", []),
        ("I drove from the office to the stadium in 42:10 last night, and the video of the goal is at 1:12.",
         [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_leg_done_in(text, expected):
    assert found_spans(text) == expected
