"""A range in a chapter entry's title naming the chapter's own stretch ("(00:31:05) Ad break (00:31:05 – 00:33:10)",
a leftover of blind round 58): from the entry's start (or later, told to the second) and ending by the next entry's,
it is a stretch of the footage, not a figure of the topic; a schedule's clocks in a title, or a range running past
the next entry, stay set aside."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a chapter's own stretch in its title": [
        ("Chapters\n0:00 Intro\n12:40 Sponsor (12:40–14:05)\n20:00 The build",
         [(0.0, None), (760.0, None), (760.0, 845.0), (1200.0, None)]),
        ("(00:00:00) Welcome\n(00:10:00) Q&A (00:12:30 – 00:19:10)\n(00:25:00) Close",
         [(0.0, None), (600.0, None), (750.0, 1150.0), (1500.0, None)]),
        ("00:00 Cold open\n04:15 Ad read [04:15 - 05:00]\n09:30 Main story",
         [(0.0, None), (255.0, None), (255.0, 300.0), (570.0, None)]),
    ],
    "a title's other ranges stay set aside": [
        ("Chapters\n00:00 Intro\n3:00 Morning session (09:00–10:30)\n45:10 Thwaites",
         [(0.0, None), (180.0, None), (2710.0, None)]),
        ("Chapters\n00:00 Intro\n31:05 Ad break (31:05–50:10)\n45:10 Thwaites",
         [(0.0, None), (1865.0, None), (2710.0, None)]),
        ("0:00 Intro\n6:05 Display (400 nits, 16:10 panel)\n9:12 Battery", [(0.0, None), (365.0, None), (552.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_chapter_range_in_its_title(text, expected):
    assert found_spans(text) == expected
