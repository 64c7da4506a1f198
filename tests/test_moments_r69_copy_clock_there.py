"""A position restated in another copy of the footage, "there" (blind round 69): "9:02:15 is wrong on the YouTube
upload, it's 9:01:50 there", "On the Twitch VOD it's 2:41:07 there". A place's time of day is told to the minute
("it was 04:00 there!", "it's 9:40 in Lagos"); a clock told to the second "there" is where the copy just named has
the moment. A place's clock to the minute stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock to the second 'there' is the other copy's position": [
        ("The goal is at 1:12:40 on the broadcast. On the club's upload it's 1:11:58 there.",
         [(4360.0, None), (4318.0, None)]),
        ("Raid at 4:20:05 on Twitch; the YouTube cut drops the ads, so it's 4:17:33 there.",
         [(15605.0, None), (15453.0, None)]),
    ],
    "a place's clock to the minute stays a time of day": [
        ("Question from a listener in Perth (it was 03:00 there!) at 12:10.", [(730.0, None)]),
        ("The stream starts at 0:00; it's 19:30 there in Accra.", [(0.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_copy_clock_there(text, expected):
    assert found_spans(text) == expected
