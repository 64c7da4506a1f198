"""A work drawn out to its length (blind round 88): '"Twenty-Three Stops" stretches to 8:31 without outstaying its
welcome', "the closer weighs in at 9:12". The time is the track's length, no moment; a stretch of footage "from"
one time "to" another stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a track stretched to its length is no moment": [
        ('The title track stretches to 11:02 and earns every second.', []),
        ('Side two ends with "Harbour Lights", which stretches out to 9:45.', []),
        ("The live closer weighs in at 14:20, a jam that never sags.", []),
    ],
    "a stretch from one time to another stays a range": [
        ("In the video the queue stretches from 4:10 to 8:31.", [(250.0, 511.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stretched_lengths(text, expected):
    assert found_spans(text) == expected
