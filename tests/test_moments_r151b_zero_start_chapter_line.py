"""Sections on one line, each title closed by its bracketed time, the first said to start at nought in any stamp
shape (blind round 151, a lecture capture): "Sections: Intro to doubt (starts 0:00:00) · The dream argument
(0:12:30) · ...". A bracket after a title is read as the title's length ("Teaser (1:36)"), but no part lasts nought:
an item at zero, "(0:00:00)", "(00:00:00)" or "(starts 0:00)", makes the line a chapter line, its brackets the
parts' starts, as "(0:00)" already did. Titled lengths with no zero among them stay lengths."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a line whose first part starts at nought lists starts": [
        ("Allotment diary, episode 9\nParts: Welcome (00:00:00) · Soil basics (0:08:15) · Composting (0:21:40)",
         [(0.0, None), (495.0, None), (1300.0, None)]),
        ("Segments: Cold open (begins 0:00) | The interview (6:20) | Listener mail (31:05)",
         [(0.0, None), (380.0, None), (1865.0, None)]),
        ("Running order — Welcome (from 0:00:00) · Budget vote (0:41:10) · Public questions (1:22:05)",
         [(0.0, None), (2470.0, None), (4925.0, None)]),
    ],
    "titled lengths with no zero stay lengths": [
        ("Extras: Teaser (0:45) · Full trailer (2:10) · Behind the scenes (6:05)", []),
        ("New this week: Harbour walk (12:30) | Night market (8:15)", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_zero_start_chapter_line(text, expected):
    assert found_spans(text) == expected
