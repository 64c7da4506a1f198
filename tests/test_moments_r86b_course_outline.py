"""A course outline's parts (blind round 86): "Part A   00:00 – 09:15   Recap", "Part D   38:05 – end   Rehashing"
under "Video duration: 52:40", and dotted times in its notes ("at 31.40", "near about 33.10"). A part's label with a
single capital ("Part A") is no article "a" before a length; an open "– end" range in a chapter column runs to the
stated length ("12:30 - End screen" is a chapter's title); the outline is a chapter list, so its notes' dotted
times are positions in it, while a date and a time of day stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a labelled part's range": [
        ("Module 1   00:00 – 12:40   Arrays recap\nModule 2   12:40 – 30:05   Linked lists",
         [(0.0, 760.0, False), (760.0, 1805.0, False)]),
        ("Part A 0:00 – 4:10 Recap of the lab", [(0.0, 250.0, False)]),
    ],
    "an open range to the end of a stated length": [
        ("Video duration: 41:20\n\nLesson 1   00:00 – 15:00   Sorting\nLesson 2   15:00 – end     Heaps",
         [(0.0, 900.0, False), (900.0, 2480.0, False)]),
        ("The clip is 5:00 long. Chapter 3 (4:10–end)", [(250.0, 300.0, False)]),
        ("Video 14:00\n12:30 - End screen", [(840.0, None, False), (750.0, None, False)]),
        ("The vid is 9:30.\n- 7:05 – outro and thanks\n- 8:40 – end", [(425.0, None, False), (520.0, None, False)]),
    ],
    "dotted times in an outline's notes": [
        ("Lecture 4 (video duration: 48:00)\n\nPart A   00:00 – 10:00   Intro\nPart B   10:00 – 30:00   Trees\n"
         "Part C   30:00 – end     Graphs\n\nNote: at 22.15 ma'am swaps two nodes; it is fixed near about 24.30. "
         "Submit by 14.03.2025, 11.59 pm IST.",
         [(0.0, 600.0, False), (600.0, 1800.0, False), (1800.0, 2880.0, False), (1335.0, None, False),
          (1470.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_course_outline(text, expected):
    assert found_hedged(text) == expected
