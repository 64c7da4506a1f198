"""A numbered part of a course or series, then its quoted title in any case and its length in brackets (blind round
89): 'In lecture 14, "Reading CSV files" (12:08)', "Module 3: ‘Cleaning your data’ (18:40)": that part's length, no
position, whatever the title's capitals; a position told after it in the same part stays one. Quoted speech after
the part's number and a speech verb still cites where it is said ('In lecture 3 he says "this is wrong" (12:08)')."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a numbered part's quoted title and its length": [
        ('Lesson 5, "Joining two tables" (16:42), is where it clicked for me.', []),
        ("In Module 2: ‘Setting up your environment’ (9:03), the installer link is dead; at 3:20 he skips a step.",
         [(200.0, None)]),
        ("Chapter 11 'why caching breaks' (27:15) is worth the price alone.", []),
        ("Session #4, “Intro to regression” (1:02:10), runs long but at 45:00 the worked example starts.",
         [(2700.0, None)]),
    ],
    "speech after a part's number still cites a position": [
        ('In part 2 she yells "get out" (1:12) and slams the door.', [(72.0, None)]),
        ('In lecture 6 the lecturer admits "that slide is wrong" (14:05) and moves on.', [(845.0, None)]),
        ("Watch unit 3 at 4:10 for the trick.", [(250.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_part_titles(text, expected):
    assert found_spans(text) == expected
