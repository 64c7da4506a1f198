"""Seconds after a measure and "at" (blind round 94, a surf long read): 'The swell forecast had it at 12 feet at 16
seconds'. The family: a height, a speed or a frequency right before "at N seconds" gives a swell's or a signal's
period ("3 metres at 14 seconds", "a 2.5 m swell at 12 s"), no position in the footage. "at N seconds" with no
measure before it, and an offset said into the footage after a measure, stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a measure at N seconds is a period": [
        ("The buoy off Cape Naturaliste read 3.5 metres at 14 seconds by dawn.", []),
        ("Forecasters called it 8 ft at 13 seconds, so the boards came out.", []),
        ("A 2 m swell at 12 s was running, and the clip shows the third wave closing out.", []),
    ],
    "at N seconds with no measure before it stays a position": [
        ("In the clip the lip throws at 16 seconds and she is gone.", [(16.0, None)]),
    ],
    "an offset into the footage after a measure stays a position": [
        ("The drone holds at 90 metres at 40 seconds into the video.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_measure_period(text, expected):
    assert found_spans(text) == expected
