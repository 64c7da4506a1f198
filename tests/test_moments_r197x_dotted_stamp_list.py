"""A list of dotted stamps, one opening each line (fitted round 197: a class's "Timestamps by me" under a video of a
lecture, "• 04.30 What is a vector", "• 21.15 to 33.50 Dot product", "• 72.15 Rain and umbrella problem"): a chapter
list written with dots, as South Asian viewers write minutes and seconds; its minutes may pass 59, as a long class's
do. A page calling its lines timestamps or chapters, or naming footage whose told length they fit in, lists
positions; a day's programme, a price list or a version list, its lines alike, stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted stamp list": [
        ("Full class timestamps:\n\n• 04.30 What is a vector\n• 12.40 Unit vector\n• 21.15 to 33.50 Dot product\n"
         "• 72.15 Relative velocity",
         [(270.0, None), (760.0, None), (1275.0, 2030.0), (4335.0, None)]),
        ("Chapters (lecture 3, thermodynamics)\n- 02.10 First law\n- 15.45 Heat engines\n- 38.05 Entropy",
         [(130.0, None), (945.0, None), (2285.0, None)]),
        ("The full recording runs 1 hr 10 min.\n\n03.15 Welcome and apologies\n11.50 Budget debate\n"
         "47.20 Questions from the floor\n",
         [(195.0, None), (710.0, None), (2840.0, None)]),
        ("Cooking video time stamps 👇\n* 00.45 - Soaking the dal\n* 06.30 - Tempering\n* 14.05 - Plating",
         [(45.0, None), (390.0, None), (845.0, None)]),
    ],
    "left alone": [
        ("Programme for Saturday:\n• 09.30 Registration\n• 10.15 Keynote\n• 11.40 Panel on water", []),
        ("Menu prices\n- 4.50 Masala chai\n- 3.20 Samosa\n- 6.10 Thali", []),
        ("Release history of the video player:\n- 5.10 Adds subtitles\n- 5.20 Fixes seeking\n- 5.30 New icons", []),
        ("Two lines only, timestamps:\n• 04.30 What is a vector\n• 12.40 Unit vector", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_stamp_list(text, expected):
    assert found_spans(text) == expected
