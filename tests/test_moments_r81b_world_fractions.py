"""A fraction of something that is not the recording (blind round 81): "the oven died halfway through the first
attempt" (a try at the task), "Halfway through the band's set, at about 10.20pm, the lights went" (an evening's
event, placed by a time of day in the same clause). Neither is a position in the footage. A fraction of a recording
stays one, with or without a position told beside it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction of an attempt": [
        ("The kettle died halfway through the second attempt, so she filmed it again.", []),
        ("He gave up a third of the way into his first try.", []),
    ],
    "a fraction placed by a time of day": [
        ("Halfway through the band's set, at about 9.40pm, the power failed.", []),
        ("Midway through the speech, at 3 p.m., the fire alarm went off. The video runs 20 minutes.", []),
    ],
    "fractions of the recording stay": [
        ("The clip runs 4 minutes. Halfway through the clip, at 2:00, he turns.", [(120.0, None), (120.0, None)]),
        ("The video runs 10 minutes. Halfway through the video the lights go out.", [(300.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_world_fractions(text, expected):
    assert found_spans(text) == expected
