"""A results line naming the winner and the time "in" which they won (blind round 88): "Men's winner: Tumelo
Sekgoma in 2:14:52." The time is a race time, whatever the text says of a replay around it; a position in the replay
said in the same text stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a winner's time after a results label is no moment": [
        ("The replay is on the app; the break goes at 1:12:30. Women's winner: Ruth Kiprono in 2:27:41.",
         [(4350.0, None)]),
        ("In the highlights her kick is at 3:40. Champion — Mateus Alves (29) in 1:03:58.", [(220.0, None)]),
        ("Watch the broadcast from 45:00. Junior winner: Lee Min-jun in 31:02.",
         [(2700.0, None)]),
    ],
    "a winner placed in the footage stays a position": [
        ("In the video the winner crosses at 2:05:10.", [(7510.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_winner_lines(text, expected):
    assert found_spans(text) == expected
