"""A runner's own times in a race report (blind round 63 forum-02): a finishing time named "chip" or "gun" after it,
and a qualifying time needed "for my age group" or "to qualify", are race times, not positions. A chapter whose title
opens "finish:" (a woodworking finish, chapters-02) stays a position, and so does a time before "gunshots" or a "chip
shot"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a finishing time named chip or gun after it": [
        ("New PB at the Dublin half! 1:24:10 chip, 1:24:55 gun, absolutely buzzing.", []),
        ("Official result: 3:41:07 chip / 3:43:30 gun, 512th overall.", []),
        ("Got 46:12 chip time, 47:01 gun time at the 10k on Sunday.", []),
    ],
    "a qualifying time": [
        ("Next year's goal is Boston, and I need 3:30 for my age group.", []),
        ("She needs 2:55 to qualify, so the last 5k is everything.", []),
    ],
    "chapter titles and footage stay positions": [
        ("0:00 intro\n4:10 sanding\n9:45 finish: two coats of oil", [(0.0, None), (250.0, None), (585.0, None)]),
        ("At 1:12 gunshots ring out across the square.", [(72.0, None)]),
        ("At 2:10 chip shot over the keeper, and it's 1-0.", [(130.0, None)]),
        ("In the race video, at 0:41 the gun goes off and the field surges.", [(41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_race_times(text, expected):
    assert found_spans(text) == expected
