"""A race won "in" a time told in a headline's present (blind round 163, an Eldoret half marathon): "Eldoret City
Half Marathon: Kiprono wins in 1:01:47". "won in" was a race time already; the present tense of a headline is the
same result. A win told with a place in the footage after it stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "wins in a time is a race time": [
        ("Eldoret City Half Marathon: Kiprono wins in 1:01:47\n\nBrian Kiprono, 23, broke away at 15 km and crossed "
         "in 1:01:47. The full race video on KBC runs 2:10:05.", []),
        ("Mwangi wins in 2:08:11 as the heat bites in Kisumu", []),
        ("Okafor wins in 48:02 at the Lagos 10K, a course record.", []),
        ("Women's 1500 m: Tesfaye wins in 3:58.20 after a slow first lap.", []),
    ],
    "a win placed in the footage stays a position": [
        ("In the race video she wins in the sprint at 1:58:40 of the stream.", [(7120.0, None)]),
        ("He wins in the end: watch from 3:10 in the replay.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_wins_in_headline(text, expected):
    assert found_spans(text) == expected
