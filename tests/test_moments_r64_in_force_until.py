"""A place shut or a warning in force up to a clock of the day (blind round 64): "Yellow wind warning until 21:00" in
a page's related links, "The bridge is closed until 06:30". Only "from ... until" ranges were read so before; the
same words where the clause names footage stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "shut or in force until a clock": [
        ('<ul><li><a href="/news/snow">Amber snow warning until 18:00</a></li></ul>', []),
        ("A yellow rain warning is in force until 21:00 on Friday.", []),
        ("The coast road is closed until 21:00 while the crane is removed.", []),
        ("The bridge remains shut till 06:30, police said.", []),
        ("The town-centre curfew stays in place until 05:00.", []),
        ("Diversions until 19:30: use the A48 instead.", []),
    ],
    "near misses: the footage's own stretch": [
        ("In the clip the view stays blocked until 0:45, then the car appears.", [(45.0, None)]),
        ("The warning sign is visible until 1:20 in the video.", [(80.0, None)]),
        ("Watch until 2:30: the alert sounds at 2:31.", [(150.0, None), (151.0, None)]),
        ("The road was closed from 06:10 until 09:45.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_closure_or_warning_until_a_clock_is_no_position(text, expected):
    assert found_spans(text) == expected
