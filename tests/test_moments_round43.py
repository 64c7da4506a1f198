"""Families of false alarms that blind round 43 (`tests/data/moments_genres_round43.jsonl`) exposed, world clocks
read as positions, each with sentences written for the family (not the round's own) and near-misses that must stay
as they are (the round itself is scored in test_moments_rounds.py once it has a floor)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    # a timetable told in prose: a service's runs ("the first at", "the last leaving the pier at"), a meal served in
    # sittings, a deadline ("the cut-off ... is"), a service's last run named with its stop, a court's return
    "schedules and timetables in prose or lines": [
        ("The island ferry runs four crossings a day in winter, the first at 08:10 and the last leaving the pier "
         "at 16:30.", []),
        ("Two buses a day serve the glen; the first at 06:55, the last at 17:40.", []),
        ("Supper is served in two sittings, at 18:45 and 20:15.", []),
        ("Breakfast was served from 07:00 to 09:30 in the hall.", []),
        ("Lunch is served\u00a0at 12:30 in the canteen.", []),
        ("The deadline for entries is 17:00 on Friday.", []),
        ("<p>The cut-off at the second aid station, Loch Brae, is 14:15.</p>", []),
        ("Line 12, weekdays\nDepot 05:50 · Mill Lane 06:04 · Park Gate 06:20\nthen every 15 min until 19:00\n"
         "Last tram from Park Gate 23:48", []),
        ("**Last train to St. Ives** 21:40", []),
        ("JUDGE HALE: We'll take a short recess. Back at 2:40.\n(Recess taken from 2:27 p.m. to 2:43 p.m.)", []),
        ("We'll stop there for lunch. Back at 1:30, please.", []),
        # near-misses: the footage's own runs, a cut-off in a video, a return told as footage
        ("The clip shows two ferries: the first at 0:45 and the last leaving the harbour at 3:10.",
         [(45.0, None), (190.0, None)]),
        ("In the video, dinner is served at 12:30 and the toast comes at 14:05.", [(750.0, None), (845.0, None)]),
        ("The cut-off is at 3:10 in the video.", [(190.0, None)]),
        ("He takes a break. Back at 3:15 he is at the wheel again.", [(195.0, None)]),
        ("The train leaves the station at 12:40 in the film.", [(760.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_forty_three_families(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert found_spans(text) == expected
