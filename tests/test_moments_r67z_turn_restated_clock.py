"""A clock a transcript's speaker answers with, the one the turn before set aside as the day's (blind round 67): a
phone-in's "PRESENTER: ... there'll be a 11:05 instead. ...\\nMARY: 11:05 is no good, I've the doctor at 11:30." kept
Mary's 11:05 as a position. A time set aside as the day's is that time again when quoted alone; opening a speaker's
turn, the speaker repeating it, it is too (the learned veto's "time in the world" counts as the day's here). Said
again into footage, or first placed as a position, it stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a turn opening with the day's clock just told": [
        ("PRESENTER: Bus Éireann say the new timetable runs from the 2nd, and there'll be a 11:05 instead. We'll "
         "have them on at 11.\nMARY: 11:05 is no good, I've the doctor at 11:30.", []),
        ("HOST: The ferry now leaves at 17:40 on Sundays.\nCALLER (Tom): 17:40? That's too late for the kids.", []),
        ("ANCHOR: Polls close at 22:00 tonight across the county.\nREPORTER: 22:00, and the count starts straight "
         "after.", []),
        ("Q. And you left the pub at 23:15?\nWITNESS: 23:15, yes, maybe a bit after.", []),
    ],
    "a position said again, or placed in the footage, stays a position": [
        ("HOST: The goal is at 17:40 in the highlights.\nCALLER: 17:40, yes, what a strike.",
         [(1060.0, None), (1060.0, None)]),
        ("HOST: The last bus is at 23:10 now.\nJOE: Yeah and in the video at 23:10 the driver waves.",
         [(1390.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_turn_restated_clock(text, expected):
    assert found_spans(text) == expected
