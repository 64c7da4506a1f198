"""A warning, a ban or a curfew in force over a stretch of the day (blind round 69): "The Met Office had issued an
amber warning from 06:00 to 18:00". Round 64 read the form "until 21:00"; the same warning told with both of its
clocks ("from ... to", "between ... and") is a window of the world's day too, no stretch of footage. Where the
clause names footage ("the warning light flashes from 0:12 to 0:20 in the clip") the range stays."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a warning in force from one clock to another": [
        ("Forecasters had issued a yellow fog warning from 05:00 to 11:00.", []),
        ("A hosepipe ban was in force between 08:00 and 20:00 across the county.", []),
        ("The curfew in force from 22:00 to 05:00 was lifted after a week.", []),
    ],
    "the footage's own stretch stays": [
        ("In the clip, the warning light flashes from 0:12 to 0:20.", [(12.0, 20.0)]),
        ("The alert sounds from 1:05 to 1:12 in the video.", [(65.0, 72.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_warning_windows(text, expected):
    assert found_spans(text) == expected
