"""Positions missed in blind round 65 (forum-04, longform-02, regional-04): a reply's position on the line under a
forum header stamped with the day's clock ("Reply by tundra_tam » 11:32 am"), which is the post's time and no
time the reply tells; a position into one recording of several named with "a" ("2:40 into a take"); and an offset
"in before" something first happens ("was a quarter of an hour in before it mentioned Leitrim"). The day's clocks
in replies, and lengths said with "was ... in", stay."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a reply under a forum header's clock": [
        ("Reply by kettle_rob » 9:14 pm\nno its at 2:10 not 1:50, 1:50 is the fox", [(130.0, None), (110.0, None),
                                                                                     (110.0, None)]),
        ("Post by ana_w · 14:02\nyeah at 0:33 you can see the plate", [(33.0, None)]),
    ],
    "into one recording of several": [
        ("In 1979 an actor corpsed 1:12 into a take and the crew kept rolling.", [(72.0, None)]),
        ("The editor kept a shot that started 0:40 into an outtake reel.", [(40.0, None)]),
    ],
    "an offset in before something happens": [
        ("The film was twenty minutes in before it mentioned the strike.", [(1200.0, None)]),
        ("The 45-minute episode was ten minutes in before it named the victim.", [(600.0, None)]),
    ],
    "near-misses stay as they were": [
        ("Reply by kettle_rob » 9:14 pm\nwe met at 8:30 at the pub", []),
        ("He arrived at 10:15 into a packed hall.", []),
        ("The speech was ten minutes in length.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_missed_positions(text, expected):
    assert found_spans(text) == expected
