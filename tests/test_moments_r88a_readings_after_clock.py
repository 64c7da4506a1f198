"""A weather or gauge reading told right after a two-digit clock (blind round 88): "Temperature at the start
(06:00) was 11°C", "Humidity at 14:00 stood at 80%". The clock is the time of day the reading was taken, even in a
text that gives positions in a replay; a position said in the footage with a reading after it stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clock with a reading after it is a time of day": [
        ("In the replay the attack comes at 1:22:40. Temperature at the gun (07:30) was 9°C.", [(4960.0, None)]),
        ("The highlights show the crash at 4:15. Wind at 15:00 was 40 km/h, gusting higher.", [(255.0, None)]),
        ("Humidity at 14:00 stood at 80% as the players came out.", []),
    ],
    "a position in the footage with a reading after it stays a position": [
        ("At 02:10 in the clip the gauge is 30°C.", [(130.0, None)]),
        ("The thermometer in the video reads 41°C at 1:05.", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_readings_after_clock(text, expected):
    assert found_spans(text) == expected
