"""Time spent read as a position in blind round 65 (reviews-02): hours put into a game or a project ("I put 31
hours into Emberfall", "sank 200 hours into the game"). Offsets into a recording, whatever the verb before,
stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "hours spent on a thing": [
        ("I put 40 hours into Hollow Crown before the final boss.", []),
        ("She has sunk about 200 hours into the game since launch.", []),
        ("We logged 60 hours into the project last month.", []),
        ("He poured well over 90 hours into the remaster.", []),
    ],
    "near-misses stay as they were": [
        ("The fire starts 31 minutes into the stream.", [(1860.0, None)]),
        ("He put the ball in 31 minutes into the broadcast.", [(1860.0, None)]),
        ("Two hours into the stream, the raid begins.", [(7200.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_time_spent(text, expected):
    assert found_spans(text) == expected
