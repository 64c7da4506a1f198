"""A thing named by a past relative clause with its object, an aside set off by commas, then a present verb and "at"
(blind round 36): a long read's "The pass that won the race, on the outside at the Chase, comes at 6:48" lost 6:48.
"The spill that gifted Castlemere their goal is at 2:05" was read already: the past is the clause's, the position the
footage's. The aside between the object and the verb hid the main verb. A past main verb ("stopped at", "arrived at")
stays the world's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a past relative clause, an aside, then a present verb at a time": [
        ("The pass that won the race, on the outside at the Chase, comes at 6:48. Ó Súilleabháin runs it back three "
         "times.", [(408.0, None)]),
        ("The goal that sealed the title, a header from a corner, comes at 4:35.", [(275.0, None)]),
        ("The block that saved the set, a stuff at the net, comes at 10:15.", [(615.0, None)]),
        ("The wave that flipped the kayak, the biggest of the day, arrives at 9:40.", [(580.0, None)]),
    ],
    "a past main verb after the aside stays the world's": [
        ("The lorry that hit the parked cars, a white Scania, stopped at 06:40 outside the depot.", []),
        ("The train that left the station, packed with commuters, arrived at 18:40.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_relative_aside_then_at(text, expected):
    assert found_spans(text) == expected
