"""A compact stamp in hours closing a list item whose sibling items place positions in units (blind round 153): "Five
spots worth pausing on in our Routeburn Track video" over '- Harris Saddle at 1h02m10s', '- Lake Mackenzie swim,
1h25m', '- Kea stealing a glove — 38 min 05 s in'. Hours and minutes told bare are usually what something lasted,
but beside items that say "at 1h02m10s" and "... in", the items are spots in one recording and the bare "1h25m" is
one more (5100). A list of works with their runtimes, no item placing a position in units, keeps them lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a compact stamp closing an item beside items placed in units is a position": [
        ("Where to skip to in the VOD:\n1. Boss fight, 2h14m\n2. The glitch at 3h02m30s\n3. Rage quit about 4 hrs "
         "10 min in", [(8040.0, None), (10950.0, None), (15000.0, None)]),
        ("Bits of the Kruger drive worth a look\n\n* Wild dogs at 1h12m40s\n* Elephant crossing — 2h05m\n"
         "* Puncture, 3h31m", [(4360.0, None), (7500.0, None), (12660.0, None)]),
    ],
    "a list of works and their runtimes stays lengths": [
        ("Films this week:\n- Dune, 2h35m\n- Arrival, 1h56m", []),
        ("Films this week:\n- Dune, 2h35m\n- Arrival, 1h56m (trailer at 1:12)", [(72.0, None)]),
        ("Our hike, stage by stage:\n1. Road end to the saddle, 2h10m\n2. Saddle to the hut, 1h45m", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compact_list_items(text, expected):
    assert found_spans(text) == expected
