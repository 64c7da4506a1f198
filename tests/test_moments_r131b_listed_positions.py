"""A time listed right after a position is a position (blind round 131, subtitles): "checked against the master at
3:30, 7:19 and 13:02 — all within 2 frames". The rules placed all three; the learned veto alone took the last, an
hour-like "13:02", for a clock of the day and split the list. A list after one preposition reads alike (as a list of
the day's clocks already shares the first's verdict): the model no longer sets aside one member of a list the rules
place. A list the rules read as the day's stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the last of a listed run of positions stays one": [
        ("Merged the fix. Re-timed every cue and compared them with the master at 2:45, 8:10 and 14:37 — each one "
         "inside a frame.", [(165.0, None), (490.0, None), (877.0, None)]),
        ("Pushed v3 of the Swahili subtitles; I spot-checked the dialogue at 1:50, 6:05 and 18:22.",
         [(110.0, None), (365.0, None), (1102.0, None)]),
        ("She re-watched the captions at 4:15, 9:40 and 21:05 and found them fine.",
         [(255.0, None), (580.0, None), (1265.0, None)]),
        ("The captions were reviewed at 2:20 and 13:45 by the client.", [(140.0, None), (825.0, None)]),
    ],
    "a list the rules read as the day's stays the day's": [
        ("Ferries left at 6:30, 9:15 and 14:40 that day.", []),
        ("The depot was inspected at 7:45, 10:10 and 13:20 and no faults were found.", []),
        ("In the video the siren starts at 0:41, 3:12 and 16:40.", [(41.0, None), (192.0, None), (1000.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_positions(text, expected):
    assert found_spans(text) == expected
