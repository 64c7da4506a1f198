"""A part said to run from its start for its length (blind round 82): podcast show notes' "The ad for ... runs from
about 30 minutes for a minute and a half" is the spec's start plus length, 1800-1890, hedged. The start may be a
timecode, a mark or an offset in words; a hedge on either end makes the range approximate. A schedule in the day
("runs from 9:00 for three hours every Sunday") is no range of footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "runs from a start for a length": [
        ("The sponsor read runs from about 22 minutes for two minutes, skip it.", [(1320.0, 1440.0)]),
        ("The interview plays from 12:40 for about four minutes.", [(760.0, 1000.0)]),
        ("The promo sits from the 41-minute mark for 90 seconds.", [(2460.0, 2550.0)]),
    ],
    "look-alikes: a day's schedule or a plain point": [
        ("The market runs from 9:00 for three hours every Sunday.", []),
        ("The ad starts at 30:10. It is annoying.", [(1810.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_runs_from_for(text, expected):
    assert found_spans(text) == expected
