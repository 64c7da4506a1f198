"""A routine told by the days it comes round on (blind round 197): "Every weekday I get on at Pilrig around 7:50" is
when the writer's tram comes each day, a time of day as "usually starts at 7:50" is; a clock in a sentence that names
the footage stays a position ("Every morning in the timelapse the fog lifts at 0:45")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a routine's clock": [
        ("Every weekday I get on at Pilrig around 7:50 and it's supposed to be every 7 minutes. "
         "I've got a wee video of the board.", []),
        ("Most nights we eat at 8:15, then walk the dog. In the clip the dog sneezes at 0:21.", [(21.0, None)]),
        ("Every Saturday my dad drives to the market at 6:40 sharp.", []),
        ("On weekdays the school gate shuts at 8:05, so parents sprint. The video shows one at 1:02.", [(62.0, None)]),
    ],
    "a clock of the footage stays": [
        ("Every morning in the timelapse the fog lifts at 0:45.", [(45.0, None)]),
        ("Every time I watch it, at 1:20 the dog sneezes.", [(80.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_routine_clock(text, expected):
    assert found_spans(text) == expected
