"""A race named by what is run, ridden or swum, and its route, then won in a time (blind round 197): "Sipho Dlamini
won Sunday's 89.98 km down run from Pietermaritzburg to Durban in 5:24:51" is his finishing time, as "won the men's
race in 2:07:32" is; so are an ultra, a ride and a swim won or taken. A run timed in footage stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a run, ride or swim won in a time": [
        ("Sipho Dlamini won Sunday's 89.98 km down run from Pietermaritzburg to Durban in 5:24:51, pulling away "
         "after the 60 km mark at Pinetown.", []),
        ("Mokoena won Saturday's 21.1 km run from Soweto to Orlando Stadium in 1:04:12.", []),
        ("Amani took the 56 km ultra from Cape Town to Hout Bay in 3:12:40.", []),
        ("Van Rooyen won the 94.7 km ride between Cape Town and Simon's Town in 2:41:05.", []),
        ("She won the harbour swim in 58:12.", []),
    ],
    "left alone": [
        ("In the video, he takes the run from the bridge to the gate in 0:45.", [(45.0, None)]),
        ("The replay shows the winner crossing at 2:10:05 on the stream.", [(7805.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_race_run_won(text, expected):
    assert found_spans(text) == expected
