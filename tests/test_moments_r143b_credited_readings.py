"""A weather or instrument reading credited to its source and that source's hour (blind round 143): 'Wind was ...
km/h from the south per the BMD reading at 15:00, and the smoke in frame drifts'. The clock is when the station took
its reading, a time of day, not a position, even when the sentence goes on to the footage. A clock after a reading
that names no source hour, or a position in the next sentence, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a measurement credited to a station's reading at an hour is no moment": [
        ("It was 38°C according to the airport observation at 14:00; the haze in the clip fits that.", []),
        ("Gusts hit 60 mph in the Met Office report for 09:00, and the flags in the shot are stiff.", []),
        ("Rainfall of 22 mm, per the council's gauge readings taken at 06:00, explains the flooded road in the video.",
         []),
    ],
    "a reading in the footage, or a position after the reading, stays a position": [
        ("The speedometer reads 80 km/h in the reading at 0:45 of the clip.", [(45.0, None)]),
        ("Humidity was 80% per the station. At 1:12 the mast bends.", [(72.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_credited_readings(text, expected):
    assert found_spans(text) == expected
