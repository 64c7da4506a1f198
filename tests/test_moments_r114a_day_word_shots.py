"""A day word that names what a shot shows, not the hour (blind round 114): 'In my vlog the summit view is at 18:22
and the sunset timelapse from 21:10 to 21:40.' A "sunset timelapse", a "sunrise shot", "dawn footage" are parts of
the video, so the word does not make the clocks near it times of day; a sunset or a dawn told as the day's event
("sunset that evening was at 19:40", "we left at 05:30 before dawn") still does."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sunset or sunrise shot in the footage is no hour": [
        ("In our travel vlog the harbour pan is at 12:40 and the sunrise time-lapse runs from 15:05 to 15:50.",
         [(760.0, None), (905.0, 950.0)]),
        ("On the channel's Lisbon episode, the sunset shot at 17:20 is the one everyone screenshots.",
         [(1040.0, None)]),
    ],
    "a sunset or dawn told as the day's event stays a time of day": [
        ("We hiked up after lunch; sunset that evening was at 19:40 and we were down by 21:15.", []),
        ("The crew left the hostel at 05:30 before dawn to catch the light on the ridge.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_day_word_shots(text, expected):
    assert found_spans(text) == expected
