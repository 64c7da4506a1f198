"""Clock times said in an ASS script's ``Dialogue:`` lines (blind round 60, subtitles): the event's Start and End
fields are its position, the Text field is speech or a sign's words ("It's 2:45.", "OPEN 11:00–22:00"), as an SRT
cue's text lines are; a note below the events placing a sign at a time still places it."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_HEAD = "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
FAMILIES = {
    "a clock in an event's text is speech": [
        (_HEAD + "Dialogue: 0,0:00:03.00,0:00:05.50,Default,,0,0,0,,Meet me at 4:30 by the pier.",
         [(3.0, 5.5)]),
        (_HEAD + "Dialogue: 0,0:02:10.00,0:02:12.40,Default,Mia,0,0,0,,It's 9:15. We missed it.", [(130.0, 132.4)]),
        (_HEAD + "Dialogue: 0,0:00:41.00,0:00:44.00,Default,,0,0,0,,{\\i1}The 7:40 never comes on Sundays.{\\i0}",
         [(41.0, 44.0)]),
        (_HEAD + "Dialogue: 5,0:01:10.00,0:01:14.00,Sign,,0,0,0,,{\\an8}CLOSED 2:00–3:00", [(70.0, 74.0)]),
        (_HEAD + "Dialogue: 0,0:00:06.00,0:00:08.00,Default,,0,0,0,,Back by 6:45, I promise.\n"
         "Dialogue: 0,0:00:08.20,0:00:09.90,Default,,0,0,0,,Not 7:10 like last time.", [(6.0, 8.0), (8.2, 9.9)]),
    ],
    "positions beside the events stay positions": [
        (_HEAD + "Dialogue: 0,0:00:03.00,0:00:05.50,Default,,0,0,0,,Hello.\n\nQC: the shop sign at 1:12 drifts.",
         [(3.0, 5.5), (72.0, None)]),
        ("Dialogue at 4:30 is out of sync in the second reel.", [(270.0, None)]),
        ("Dialogue: the line at 2:45 is mistimed by half a second.", [(165.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clocks_in_ass_event_text(text, expected):
    assert found_spans(text) == expected
