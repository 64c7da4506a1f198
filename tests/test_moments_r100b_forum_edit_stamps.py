"""A forum's edit line with who edited it and when (blind round 100, forum): "Last edited by SenderBender42; 1 day
ago at 08:14." The clock is when the post was edited (vBulletin's and phpBB's "Last edited by NAME; DATE at TIME",
"Edited by NAME, DATE at TIME", the day told as "N days ago"), a stamp, no position. An edit or a cut at a clock of
the footage, with no editor or day named, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an edit line naming the editor or the day is a stamp": [
        ("> the stall at 1:22 is the bit\nYeah the line is wrong from 1:18 on.\nLast edited by kiwi_rider; 2 days ago "
         "at 21:05.", [(82.0, None), (78.0, None)]),
        ("Watch his hands at 0:47, that's the tell. Last edited by Mods_Sarah; 5 hours ago at 3:22", [(47.0, None)]),
        ("Crash is at 4:05 in the onboard. Edited by dunlop_dave, a week ago at 14:10.", [(245.0, None)]),
        ("The landing at 2:12 is clean.\nLast edited by bmx_jo; Yesterday at 09:41.", [(132.0, None)]),
    ],
    "an edit or a cut at a clock of the footage stays a position": [
        ("The edit at 2:14 is obvious, the shadows jump.", [(134.0, None)]),
        ("The interview is clearly cut at 3:51, the lighting changes.", [(231.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_forum_edit_stamps(text, expected):
    assert found_spans(text) == expected
