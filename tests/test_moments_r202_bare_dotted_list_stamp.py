"""A stamp written with a dot opening a bare line of a list whose neighbour lines open with bare colon stamps (blind
round 202's Naga haul-vlog list: "0:45 parking at Super Market\\n2.10 the dried fish lady\\n~4:05 bargaining"): the
same list's position, the writer's dot for the colon, as round 201's numbered "2) 2.15 the weighing" already was.
A price list and a day's schedule, whose neighbours are no footage stamps, stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a bare dotted stamp among bare colon stamps": [
        ("Intro and my shoes, no timestamp\n0:45 parking at the market\n2.10 the dried fish lady\n~4:05 bargaining "
         "for a jacket", [(45.0, None), (130.0, None), (245.0, None)]),
        ("Timestamps:\n0:00 intro\n1.25 the market gate\n3:10 lunch", [(0.0, None), (85.0, None), (190.0, None)]),
        ("Chapters\n00:00 welcome\n03.20 the loom\n07:45 dyeing the thread",
         [(0.0, None), (200.0, None), (465.0, None)]),
    ],
    "a marked list still read as before": [
        ("1) 0:42 haggling over mangoes\n2) 2.15 the weighing, old brass scale\n3) 5:30-6:10 van loads leaving",
         [(42.0, None), (135.0, None), (330.0, 370.0)]),
    ],
    "prices and a day's times left alone": [
        ("Prices at the stall\n2.50 tea\n3.00 coffee\n4.20 momos", []),
        ("Schedule for Sunday:\n8:30 breakfast\n9.15 bus to the falls\n12:00 lunch", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_bare_dotted_list_stamp(text, expected):
    assert found_spans(text) == expected
