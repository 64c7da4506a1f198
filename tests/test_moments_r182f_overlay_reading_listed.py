"""A clock of the day listed after another reading of the same overlay (blind round 182): "The video's overlay shows a
speed of 74 km/h at that point and the time 21:26:03; I place no weight on either." is the overlay's reading, as
"the overlay shows 21:26:03" would be, not a position. A clock to the second after "and the time" that closes a list
of an overlay's, a display's or a HUD's readings is that device's; a position in the file told after a reading stays
one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's judgment": [
        ("[2] At 0:00:48 the cruiser's emergency lights come on. Fifteen seconds later the pickup pulls onto the "
         "shoulder. The video's overlay shows a speed of 74 km/h at that point and the time 21:26:03; I place no "
         "weight on either.", [(48.0, None), (63.0, None)]),
    ],
    "fresh readings listed on other devices": [
        ("The dashcam clip runs 5 minutes. At 1:12 the display reads 88 km/h, and the time 23:41:07.",
         [(72.0, None)]),
        ("The video's overlay shows a battery of 80 per cent and the time 19:02:10.", []),
        ("The bodycam video runs 15 minutes. The HUD displays a heading of 270 and the time 03:12:44 as the door "
         "opens.", []),
    ],
    "positions told after a reading stay": [
        ("The bodycam file runs 40 minutes. The overlay shows 74 km/h and then the stop at 00:21:40 in the file.",
         [(1300.0, None)]),
        ("The video runs an hour. The overlay shows a speed of 74 km/h, and at 00:41:05 the car stops.",
         [(2465.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_overlay_reading_listed(text, expected):
    assert found_spans(text) == expected
