"""A device's clock told fast or slow by a number, then what it recorded at a time (blind round 30, g30-visual-03):
"A CCTV camera on Rua Augusta, whose clock runs 3 minutes fast, recorded the first flames at 21:07:33." is the
camera's clock, no position. "whose clock is two minutes slow, recorded the van at 07:41:10" already read so; a
figure between the clock and its verb ("3 minutes fast", "by 90 seconds") no longer hides it, and a clock that
captured or caught a thing is read as one that recorded it. A time said into the footage, or another timecode
between the clock and the verb, is not the clock's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock told off by a number, then what it recorded at a time": [
        ("A CCTV camera on Rua Augusta, whose clock runs 3 minutes fast, recorded the first flames at 21:07:33.", []),
        ("The shop's CCTV, whose clock was 11 minutes fast that night, captured the two men at 23:05:12.", []),
        ("A bodycam whose clock runs 2 minutes fast recorded the first shot at 16:31.", []),
        ("A CCTV camera, whose clock runs 3 minutes fast, caught the first flames at 21:07.", []),
    ],
    "positions said into the footage, or past another clock, stay positions": [
        ("The camera's clock runs 3 minutes fast, but it recorded the flames at 2:07 in the video.", [(127.0, None)]),
        ("Its clock runs 20 seconds fast and the drone recorded the blast at 1:12 of the upload.", [(72.0, None)]),
        ("The clock in the corner shows 21:04:10 and the camera recorded the flash at 0:45.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clock_told_off(text, expected):
    assert found_spans(text) == expected
