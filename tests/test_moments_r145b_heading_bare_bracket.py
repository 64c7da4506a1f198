"""A video's heading closing on its length alone in brackets, over its chapter list (blind round 145, chapters:
"Matatu Art Nairobi 🇰🇪 | short doc (14:52)" over "Timestamps:" and lines from 00:00 to 12:10). The family: the text's
first line closes on a bracket holding only a time, the lines below open with stamps, and every time below is earlier:
the bracket is the length the chapters fall within, no moment. A bracketed time below the heading stays a position,
and the chapters' own stamps stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a heading's bare bracketed time over earlier chapter stamps is the video's length": [
        ("Street food of Hanoi | mini doc (11:40)\nChapters:\n00:00 Dawn at Long Bien\n03:05 Pho at the corner stall\n"
         "07:12 Egg coffee\n10:30 Outro", [(0.0, None), (185.0, None), (432.0, None), (630.0, None)]),
        ("Glasgow subway ride, front seat (9:58)\n0:00 Govan\n2:40 Cessnock\n6:15 Buchanan Street\n"
         "9:10 End of the line",
         [(0.0, None), (160.0, None), (375.0, None), (550.0, None)]),
    ],
    "a bracketed time below the heading stays a position": [
        ("Rally stage highlights\nThe pile-up itself (4:10) is brutal.\n0:00 Intro\n1:10 Replay\n3:30 Aftermath",
         [(250.0, None), (0.0, None), (70.0, None), (210.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_heading_bare_bracket(text, expected):
    assert found_spans(text) == expected
