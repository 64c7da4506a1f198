"""A guide's leg told as an instruction, opening its sentence, in a paragraph naming no footage (blind round 163, a
list of Kepler Track huts): "Depart Te Anau by 7:30 to beat the sandflies." A trip report's leg in the past ("Arrived
Kyoto at 10:53") was already the day's clock; the same leg said to the reader is too ("by 3:15" is a position only
in footage). A leg placed in the footage, or a paragraph that names the video, keeps its positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an instruction's leg at a clock is the day's": [
        ("Three easy huts on the Kepler Track: Luxmore (4-5 hours, $15/night, 1,085 m), Iris Burn (5-6 hours), "
         "Moturau (an easy 3 hours). Depart Te Anau by 7:30 to beat the sandflies.", []),
        ("Leave Nadi at 6:15 if you want the first ferry to the islands.", []),
        ("Hit the trail around 5:40, the sunrise from the saddle is worth it.", []),
        ("Head off by 6:20 to get a park at the trailhead.", []),
    ],
    "a leg placed in the footage stays a position": [
        ("Depart at 1:12 in the video, where the bus pulls out.", [(72.0, None)]),
        ("Set off at 0:45 of the clip; the bus pulls away.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_instruction_leg(text, expected):
    assert found_spans(text) == expected
