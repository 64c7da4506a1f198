"""A list item opened by a stamp written with a dot, among items opened by stamps written with a colon, is the same
list's position (blind round 201's Rajshahi mango-haat vlog: "1) 0:42 haggling ...\\n2) 2.15 the weighing, old brass
scale\\n3) 5:30-6:10 van loads leaving"): the writer's dot for the colon. A price list's "2) 2.50 tea", among no
stamps, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted stamp among colon stamps": [
        ("Rajshahi mango haat vlog: top moments (full video 14:20)\n1) 0:42 haggling over Himsagar, 90 taka a kg\n"
         "2) 2.15 the weighing, old brass scale\n3) 5:30-6:10 van loads leaving for Dhaka",
         [(42.0, None), (135.0, None), (330.0, 370.0)]),
        ("Best bits of the boat race video\n- 0:20 the start gun\n- 1.45 the Khulna boat capsizes\n- 3:10 the finish",
         [(20.0, None), (105.0, None), (190.0, None)]),
        ("Pitha festival vlog, my picks\n1. 0:35 chitoi pitha on the clay pan\n2. 4.05 the bhapa pitha steamer\n",
         [(35.0, None), (245.0, None)]),
    ],
    "left alone": [
        ("Tea stall prices\n1) 1.50 plain tea\n2) 2.50 milk tea\n3) 3.00 with biscuit", []),
        ("Our day\n- 7.30 breakfast at the hotel\n- 9.15 bus to the haat\n- 11.00 tasting", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_item_among_colon_stamps(text, expected):
    assert found_spans(text) == expected
