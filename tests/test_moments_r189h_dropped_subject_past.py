"""A post's own past with its subject left out, opening the sentence (blind round 189): "Rang my provider at 9:15, on
hold 40 minutes." is the writer's morning, as "I rang my provider at 9:15" was read; the capitalised verb opening the
sentence is the past the clause is told in, before its object. A name opening a sentence in the present, and a viewer
skipping through a clip, keep their positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's post": [
        ("r/newzealand · I'm 27 on $68k at 3% KiwiSaver. Worth bumping to 6% from 1 April? Rang my provider at 9:15, "
         "on hold 40 minutes.", []),
    ],
    "fresh dropped subjects": [
        ("Called the bank at 10:20, on hold for an hour.", []),
        ("Went to the DMV at 8:45 and the queue was already out the door.", []),
        ("Dropped the kids at 7:50, then drove to work.", []),
        ("Rang the council about the bins. Drove home at 5:30.", []),
    ],
    "positions stay": [
        ("Alfred enters the frame at 0:45 in the clip.", [(45.0, None)]),
        ("Watched the clip twice. Skipped to 1:20 where the fight starts.", [(80.0, None)]),
        ("Ahmed enters at 0:45 and the crowd cheers.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dropped_subject_past(text, expected):
    assert found_spans(text) == expected
