"""How far a match's added time had run, told as a clock (blind round 90): "Stoppage time was supposed to be 5
minutes, it was 6:12 by the time that went in". Stoppage, added or injury time named, then "it was", "we were at",
"the board said" before a clock: the game's clock, no position, even in a podcast walking through highlights; a
stoppage-time moment placed in the video stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "added time run to a clock is the game's": [
        ("FOLA: [01:48] The last 20 seconds of the highlights, the equaliser.\nDRE: [01:55] Stoppage time was only "
         "4 minutes, it was 5:20 by the time it went in.", [(108.0, None), (115.0, None)]),
        ("The highlights are 8 minutes. Added time was meant to be 4 minutes, it was 5:40 when the winner went in.",
         []),
        ("In the last 30 seconds of the 6 minute highlights video he scores. Added time was 3 minutes but the "
         "board said 4:45 when he scored.", [(330.0, 360.0)]),
    ],
    "a stoppage-time moment placed in the video stays": [
        ("The highlights are 6 minutes. The stoppage-time winner comes at 5:12, watch it.", [(312.0, None)]),
        ("In the highlights, the added time was 4 minutes, it is at 4:40 in the video that he scores.",
         [(280.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stoppage_time(text, expected):
    assert found_spans(text) == expected
