"""Section-numbered items' bracketed lengths (blind round 81, lists): a course's "- 2.1 Series (41:05)" lines give
each lecture's length, its section number no sentence's stop; and an item that goes on past its own bracketed
length to place a thing ("- 2.2 Tests (55:47) — the example at 31:12") places it in that item's work, so its
siblings' brackets stay lengths. A ranked list of moments in one recording keeps its bracketed positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "section-numbered items' lengths": [
        ("PHY1002 recorded lectures\n\nWeek 1\n- 1.1 Vectors (47:10)\n- 1.2 Kinematics (51:35)\nWeek 2\n"
         "- 2.1 Forces (44:05)", []),
        ("Lecture 2.1 – Linear models (41:30)\nLecture 2.2 – Regularisation (38:05)", []),
    ],
    "a place inside an item's own work leaves its siblings' lengths": [
        ("Course videos\n- 4.1 Recursion (52:10) — the base-case slip is at 17:40\n- 4.2 Sorting (49:55)\n"
         "- 4.3 Hashing (46:20)", [(1060.0, None)]),
        ("- 3.1 Limits (50:12)\n- 3.2 Continuity (48:40) — the worked example at 36:15 has a typo",
         [(2175.0, None)]),
    ],
    "near-misses: lists that walk through one recording": [
        ("Best moments from the final:\n1. The opening try (4:10)\n2. The interception (12:45)\n"
         "3. The winning kick (58:20)", [(250.0, None), (765.0, None), (3500.0, None)]),
        ("Goals in the highlights:\n- Reid's header (1:10)\n- Okafor's volley — at 3:05\n- Late winner (5:20)",
         [(70.0, None), (185.0, None), (320.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_lengths(text, expected):
    assert found_spans(text) == expected
