"""A power cut or an outage in force until a clock of the day (blind round 98): "Load shedding is stage 4 till
22:00, Sipho" in a radio phone-in typed up by a listener. Load-shedding, a power cut, a water outage: a state of the
world that lasts until the day's clock, as a warning or a curfew does; a stretch of footage up to a clock stays a
position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an outage in force until a clock is a time of day": [
        ("HOST: Eskom says load-shedding stays at stage 6 until 05:00 tomorrow.", []),
        ("The water outage in Ward 12 continues until 18:30, the municipality says.", []),
        ("Power cuts are in place till 16:00 across the northern suburbs.", []),
    ],
    "a stretch of footage up to a clock stays a position": [
        ("The intro music plays until 3:15 in the video.", [(195.0, None)]),
        ("The blackout scene lasts until 22:40 in the film.", [(1360.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_outage_until(text, expected):
    assert found_spans(text) == expected
