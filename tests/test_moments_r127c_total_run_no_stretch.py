"""A stretch's ends are no parts of a list that adds up to a total (blind round 127): a clip list's "Starts at"
column, then a note "Rangoli clip, from 00:00:50 till 00:01:02 the colour is off", then "Total edit should come to
3:36". Walking back from the total, the note's range ends and the last row's start happened to add up to it, and the
row's start was set aside as a part's length. A stretch ("from X till Y", "X–Y") is where something is, never a
part of a sum; the list of lengths adding up to its total stays nothing, and a total the edit "should come to" is
the edit's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a range's ends do not join a run adding up to a total": [
        ("| Clip | Length | Starts at |\n|---|---|---|\n| Haka | 0:30 | 00:00:10 |\n| Feast | 1:15 | 00:00:45 |\n"
         "| Speeches | 1:50 | 00:02:00 |\n\nIn the feast clip, from 0:40 to 0:55 the mic pops.\n\n"
         "Total running time: 3:35.", [(10.0, None), (45.0, None), (120.0, None), (40.0, 55.0)]),
    ],
    "the sum an edit must come to is its length": [
        ("Cut the drone clip at 0:12. The total edit should come to 2:45.", [(12.0, None)]),
        ("Total package will come to 1:58 after the sting.", []),
    ],
    "a list of lengths adding up to its total stays nothing": [
        ('1. "Ash" – 1:10\n2. "Coal" – 2:25\nTotal length: 3:35', []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_total_run_no_stretch(text, expected):
    assert found_spans(text) == expected
