"""A stamp-like length and what filled it (blind round 86): "3:12 of pure chaos", "1:40 of dead air", "2:05 of
sheer noise". A length told by what fills it, with no "at" or "from" before it, is no position, even in a list of
bracketed positions; a stamp "of" a work or of its part ("1:05 of episode 3", "at 3:12 of the video") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length and what filled it is no position": [
        ("4. The power cut in the second half, 1:40 of dead air (1:12:05)", [(4325.0, None)]),
        ("The encore was 2:05 of sheer noise and nobody minded.", []),
        ("Then came 0:45 of awkward silence before the host spoke.", []),
        ("What followed was 5:30 of absolute mayhem on the pitch.", []),
    ],
    "a stamp of a work or placed with 'at' stays a position": [
        ("The goal comes at 3:12 of the video.", [(192.0, None)]),
        ("Best bit: 1:05 of episode 3.", [(65.0, None)]),
        ("At 2:40 of pure footage the cat jumps.", [(160.0, None)]),
        ("The stage collapses at 3:12, pure chaos.", [(192.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stretch_of_stuff(text, expected):
    assert found_spans(text) == expected
