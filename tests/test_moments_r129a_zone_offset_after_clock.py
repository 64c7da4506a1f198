"""A time zone's offset after a clock of the day, a space between (blind round 129, visual): "A resident's phone video
(created 06:19:10 +06:00 by its metadata, 1:07 long)". "+06:00" is the zone the metadata clock is told in, as
"T08:15:00+01:00" and "UTC+05:30" already are, no position; nor is the clock (a time of day). A range's end written
with a hyphen after a timecode ("00:01:10 -00:01:40") has seconds and stays a range."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a zone's offset after a clock to the second is no moment": [
        ("The upload's metadata gives 21:47:02 +05:30 as its creation time; the gunfire starts at 0:18.",
         [(18.0, None)]),
        ("EXIF: taken 16:03:55 -04:00. At 1:02 the crane tips over.", [(62.0, None)]),
        ("Recorded 07:12:40 −03:00 (Buenos Aires) and trimmed to 2:10 long; the crowd surges at 0:54.",
         [(54.0, None)]),
    ],
    "a range's end after a hyphen stays a range": [
        ("Subtitle 12 is shown 00:01:10 -00:01:40 and names the street.", [(70.0, 100.0)]),
        ("Watch 0:10 -0:40 for the banner.", [(10.0, 40.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_zone_offset_after_clock(text, expected):
    assert found_spans(text) == expected
