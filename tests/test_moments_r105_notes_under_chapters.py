"""A note under a chapter list, a range in the chapters' minutes, after the page told the day's hours with a.m./p.m.
(blind round 105): "We ate from 7am to 10pm ... 0:00 Intro / 1:45 Matatu ride ... / 12:25 Mutura verdict / Sorry
the wind noise is bad from 10:05 to 10:40." The chapter list between them makes the note's range a stretch of the
chapters' video (the contract's range), not the evening's 10 p.m. said again; with no chapter list between, a later
minute of the same hour soon after a clock with p.m. stays the day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a note's range under a chapter list is a stretch of the video": [
        ("Filmed from 9am to 11pm in Lahore.\n\n0:00 Start\n2:10 Nihari breakfast\n6:40 Anarkali bazaar\n"
         "12:30 Food street\n\nThe audio drifts out of sync from 11:05 to 11:50, apologies.",
         [(0.0, None), (130.0, None), (400.0, None), (750.0, None), (665.0, 710.0)]),
    ],
    "a later minute of the same hour after a p.m. clock stays the day's": [
        ("We got to the pier at 10pm and the fireworks started at 10:05.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_notes_under_chapters(text, expected):
    assert found_spans(text) == expected
