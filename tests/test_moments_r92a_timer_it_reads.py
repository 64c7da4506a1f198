"""A time "it" reads, a timer named earlier in the sentence (blind round 92): "the timer pops up showing 8:00 and
counts down; the video cuts back to it at 0:34 when it reads 2:15". What a timer or a clock in the picture reads is
its count, no position; "it" reading a time is that timer, as a video does not "read" a time. The position the
video cuts back at stays one, as does a time the video "shows" something at."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time it reads, a timer named before, is the timer's": [
        ("The oven timer comes up at 0:12 showing 25:00; at 0:40 it reads 11:30 and the crust is golden.",
         [(12.0, None), (40.0, None)]),
        ("A stopwatch sits in the corner of the frame, and by 1:05 of the video it says 3:20.", [(65.0, None)]),
    ],
    "positions with no timer read stay": [
        ("At 0:34 it cuts to the sauce, and at 1:05 the claws crack.", [(34.0, None), (65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_timer_it_reads(text, expected):
    assert found_spans(text) == expected
