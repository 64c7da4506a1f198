"""A count of things done within a time (blind round 137): "Latvia's key change. Three key changes in 3:00, which must
be a record." 3:00 is how long the song takes for its three changes, no position; "boils a litre in 2:51" was a
task's duration already, a count of things was not. The things picked out where they are ("the two players in
1:20") or said in a recording right after ("two goals in 4:10 of the replay") stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a count of things in a time is a duration": [
        ("Latvia's entry. Three key changes in 3:00, which must be a record. Find it at roughly 0:48:10.",
         [(2890.0, None)]),
        ("Five costume changes in 2:45 — a record for the contest.", []),
        ("The clip runs 1:30. 3 fouls in 0:40 and not one card. The red comes at 1:12.", [(72.0, None)]),
        ("Twelve kick-ups in 0:15, and then she volleys it in at 0:52 of the video.", [(52.0, None)]),
    ],
    "things picked out where they are stay positions": [
        ("Watch the two players in 1:20: they swap shirts.", [(80.0, None)]),
        ("He scored two goals in 4:10 of the replay.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_count_done_in(text, expected):
    assert found_spans(text) == expected
