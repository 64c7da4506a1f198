"""A clock right after a date written as EXIF writes it, with colons (blind round 143): "the DateTimeOriginal on the
first reading 2024:07:02 09:14:07". The date makes the clock a time of day (a photo's capture time), as "2017-11-13
15:30" already did; no moment. A position with no such date before it stays a position, and a date said in words
before a footage stamp placed "in the video" is read as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock after a colon-written date is a time of day": [
        ("Both JPEGs carry 2022:08:14 09:20:02 in their headers.", []),
        ("Frame grab one: 2019:04:22 07:03:11. Frame grab two: 2019:04:22 07:09:45.", []),
        ("The drone's stills run from 2021:12:01T08:15:40 to 2021:12:01T08:19:02, so the smoke is morning smoke.",
         []),
    ],
    "counter-cases: footage stamps with no such date": [
        ("The gunfire starts at 00:01:42 in the video, and the car leaves at 00:02:05.", [(102.0, None),
                                                                                       (125.0, None)]),
        ("Clip 3 (filed 2024:05:01) shows the tanker at 0:37.", [(37.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_exif_dates(text, expected):
    assert found_spans(text) == expected
