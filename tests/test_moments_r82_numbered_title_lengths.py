"""A numbered part's title with its length in brackets (blind round 82): "Lecture 3.1 – Pandas basics (38:12)" over
its chapter stamps. A dot inside a number ("3.1", "Unit 2.4", "v1.2") is no sentence stop, so the segment is still a
short title and its bracketed time is the part's length; prose before a bracketed time still cites a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a numbered part's title and its bracketed length": [
        ("Unit 2.4 – Solving quadratics (27:40)\n- 00:00 Recap\n- 06:15 Completing the square\n"
         "Unit 2.5 – The discriminant (19:05)", [(0.0, None), (375.0, None)]),
        ("Session 1.2: Knife skills (12:48)\n  0:00 Grip\n  3:10 The claw", [(0.0, None), (190.0, None)]),
        ("Part 4.3 — Reading the balance sheet (41:02)", []),
    ],
    "look-alikes: prose with a bracketed time stays a position": [
        ("The goal comes after 3.5 seconds of chaos (1:12).", [(72.0, None)]),
        ("She drops the tray (2:40) and laughs.", [(160.0, None)]),
        ("Watch Unit 2.4 from 06:15 to 08:00 for the worked example.", [(375.0, 480.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_title_lengths(text, expected):
    assert found_spans(text) == expected
