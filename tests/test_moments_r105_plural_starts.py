"""A plural subject's "start" at a timecode into the footage, then "last" a length (blind round 105): "in my review
video the frame drops start 12:48 into the video and last about 40 seconds". The contract's start plus length ("for
about 20 seconds starting at 2:27"): one range from the start, hedged by the length's hedge; "into the video" ties
the start to the footage, as an hour's timecode did before. A plural's "begin at" a clock of the day with no footage
named stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a plural's start into the footage, then its length": [
        ("The audio glitches start 4:05 into the stream and last roughly 15 seconds.", [(245.0, 260.0)]),
        ("Both aerial shots begin 0:52 into this clip and run for 8 seconds, from the same drone.", [(52.0, 60.0)]),
    ],
    "a plural's start at a clock of the day stays nothing": [
        ("Evening screenings begin at 19:30 and last two hours.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_plural_starts(text, expected):
    assert found_spans(text) == expected
