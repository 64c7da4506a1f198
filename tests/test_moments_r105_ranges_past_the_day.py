"""A range that a part of the day's name opens, but whose end no clock of the day reaches (blind round 105): "6.
Spawning night, from 22:05 to 24:40, filmed at 2 a.m. off Heron Island." in a ranked list of a documentary's scenes.
24:40 is no time of day, so the range is a stretch of the footage (the contract's minutes past 59 and ranges); a
range that ends at or before 24:00 after "night" stays the night's clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range ending past 24:00 is a stretch of the footage": [
        ("3. Turtle hatching night, from 23:10 to 25:05, shot under red light.", [(1390.0, 1505.0)]),
        ("The storm evening — 21:50–26:15 — is the best sequence in the film.", [(1310.0, 1575.0)]),
    ],
    "a range that ends within the day stays the day's clock": [
        ("Saturday night, from 22:00 to 24:00, the bar was packed.", []),
        ("On Friday night, from 21:05 to 23:40, the pier was closed.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_ranges_past_the_day(text, expected):
    assert found_spans(text) == expected
