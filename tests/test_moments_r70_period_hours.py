"""A time read to the hour after a match's period word is a position in the broadcast (blind round 70): "the whole
of the half-time analysis, from roughly 1:12:00 to about 1:27:30". No game clock runs to hours; the same word
before minutes and seconds stays a game clock."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a period's word, then hours into the broadcast": [
        ("Captions dropped for the half-time analysis, from 1:05:30 to 1:19:10.", [(3930.0, 4750.0)]),
        ("The picture froze during the halftime show, at 1:41:20.", [(6080.0, None)]),
    ],
    "a period's word, then its game clock": [
        ("There were 4:12 left in the third quarter.", []),
        ("The home side led at halftime, 2:10 before the buzzer.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_period_hours(text, expected):
    assert found_spans(text) == expected
