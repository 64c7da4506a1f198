"""An old SSA v4 script's event lines (blind round 92): "Dialogue: Marked=0,0:01:02.40,0:01:05.90,Default,,0000,
0000,0000,,The ferry leaves at 9:40, don't be late." SSA v4 writes its first field as "Marked=0" where ASS writes a
Layer number; the Start and End fields after it are the line's range in the episode, as an ASS line's are. The
dialogue's own words stay speech (a time said in them is no position)."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an SSA v4 Dialogue line with Marked= is a range": [
        ("[Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
         "Dialogue: Marked=0,0:03:11.05,0:03:14.60,Main,,0000,0000,0000,,Keep your head down.\n"
         "Dialogue: Marked=1,0:03:15.00,0:03:17.25,Main,Kenji,0000,0000,0000,,Now!",
         [(191.05, 194.6), (195.0, 197.25)]),
        ("The fansub's line\nDialogue: Marked = 0,0:12:40.10,0:12:43.00,Default,,0000,0000,0000,,Train's at 6:15.\n"
         "is the one that's off.", [(760.1, 763.0)]),
    ],
    "an ASS line with a Layer stays a range": [
        ("Dialogue: 0,0:00:05.10,0:00:07.90,Default,,0,0,0,,Hello there.", [(5.1, 7.9)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_ssa_marked(text, expected):
    assert found_spans(text) == expected
