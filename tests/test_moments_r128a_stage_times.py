"""A stage's acts listed line by line, each line opened by its set's clock, under a heading that calls them stage
times or a line-up (blind round 128): "Riverbend Folk Festival — Saturday stage times (Main Stage)\\n\\n12:30 The
Tallow Sisters\\n14:00 Kofi & the Long Grass\\n...". The clocks are when each act goes on in the day, times of day as
a day's plan's are, no positions; a position said into the day's recording stays one. A heading that names footage
("in the livestream VOD") keeps its clock-led lines as positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a stage's set times, line by line, are times of day": [
        ("Harbourside Jazz Weekend, Sunday set times\n\n13:00 Mo Adeyemi Trio\n14:30 The Low Tides\n16:15 Greta Falk"
         "\n18:00 Brass Ghosts\n\nThe whole day was streamed; Greta's solo is 2:41:10 into the replay.",
         [(9670.0, None)]),
        ("Pavilion Stage line-up (Friday)\n\n15:30 Ola and the Drifters\n16:45 Nightjar\n18:00 Copperhead\n"
         "19:30 Sable (headline)", []),
        ("Kloofzicht Blues Fest - stage times, Saturday\n- 11:15 Thandi Mokoena\n- 12:45 Dust Road\n"
         "- 14:00 The Karoo Kings\n- 15:30 Lerato & Band", []),
    ],
    "counter-case: set times named in footage stay positions": [
        ("Stage times in the livestream VOD:\n\n12:30 Tallow Sisters\n14:00 Kofi\n15:45 Quinn\n17:30 Paper Lanterns",
         [(750.0, None), (840.0, None), (945.0, None), (1050.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_stage_times(text, expected):
    assert found_spans(text) == expected
