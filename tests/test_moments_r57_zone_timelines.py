"""Clocks opening the lines of a timeline whose heading names a time zone ("Timeline (BST)") are times of day, not
positions (round 57, wiki); a log of positions under a heading with no zone stays positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a timeline headed with a time zone": [
        ("Chronology (GMT)\n13:05 – first call to the coastguard\n13:40 – lifeboat launched\n\nThe helmet camera "
         "shows the rescue at 4:10.", [(250.0, None)]),
        ("Key events (all times UTC)\n09:15 – polls open\n21:00 – polls close", []),
        ("Log (local time)\n06:40 – convoy leaves\n07:05 – convoy stopped", []),
    ],
    "near-misses": [
        ("Video log\n0:14 – the dog enters\n0:40 – the dog leaves", [(14.0, None), (40.0, None)]),
        # a line not led by a clock breaks the timeline: the clock under it is read as before
        ("Timeline (BST)\nThe fire in brief.\n\n0:42 – smoke in the stairwell video", [(42.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_timeline_under_a_time_zone_lists_times_of_day(text, expected):
    assert found_spans(text) == expected
