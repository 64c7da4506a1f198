"""Lengths of the footage told in ways not read before, and the end forms that count from them (blind round 73):
chat's "Whole thing only 2 min 05 sec" (the verb left out), an archive's "a single file of 15 hours 45 minutes",
Indian usage's "The video is of 7.20 mins", a runtime whose title sets its comma inside the quotes ('The feature
..., "The Sound Between," is 94 minutes long'), and "It runs 1 hour 36 minutes" after a sentence opening with the
work picked out ("The longest recording is a Facebook livestream"). Each is no moment, and "the last N" counts from
it, not from a nearer length of another work. A part's length or a position said with the same words stays as it
is ("the whole thing is 2 minutes in", "a file of 3 minutes into the game")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a whole thing's length with its verb left out": [
        ("Whole thing only 1 min 40 sec. Last 10 sec damn funny.", [(90.0, 100.0)]),
        ("Whole thing just 3:20 lah, the last 20 seconds is the best.", [(180.0, 200.0)]),
    ],
    "a file of a length": [
        ("The council's archive of the meeting is one file of 6 hours 10 minutes. In the archive's last minute the "
         "chair walks out.", [(22140.0, 22200.0)]),
        ("The recorder saved a single file of 2 hours; its final ten minutes are static.", [(6600.0, 7200.0)]),
    ],
    "a video said to be of a length": [
        ("The video is of 4 mins only. Please see the last 30 seconds.", [(210.0, 240.0)]),
        ("Sir, the clip was of 3 minutes and the damage shows in the last 20 seconds.", [(160.0, 180.0)]),
    ],
    "a runtime with its title's comma inside the quotes": [
        ('The film, "Harbour Lights," is 88 minutes long.\n\nThere is also a 20-minute cut for schools.\n\n'
         "Its final shot, the last two minutes of it, is the empty pier.", [(5160.0, 5280.0)]),
        ('The documentary that came of it, "Low Tide," runs 72 minutes.\n\nA 9-minute short followed.\n\nThe last '
         "minute of the documentary is silent.", [(4260.0, 4320.0)]),
    ],
    "'It runs' after the work picked out": [
        ("The longest recording is a livestream by a neighbour. It runs 2 hours 5 minutes.\n\nA doorbell clip is "
         "40 seconds long.\n\nHer stream ends when the power goes. In the last minute you hear the roof go.",
         [(7440.0, 7500.0)]),
        ("The original film was found in a barn. It runs 64 minutes.\n\nThe 3-minute trailer is online.\n\nThe "
         "last five minutes were never shown.", [(3540.0, 3840.0)]),
    ],
    "positions said with the same words stay positions": [
        ("The whole thing is 2 minutes in, where he trips.", [(120.0, None)]),
        ("The goal in the clip is at 1 min 10 sec, just watch.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_told_lengths(text, expected):
    assert found_spans(text) == expected
