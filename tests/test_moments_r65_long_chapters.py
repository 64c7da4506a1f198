"""Positions that read as clocks of the day in blind round 65 (chapters-04, court-01): a long stream's chapters
counted from 00:00:00 whose later stamps fall in working hours ("07:31:15 Donation train hits £6k"), which a
realtime record's line stamps would be; and people asked to watch from a time, the footage left unsaid ("asked
jurors to watch closely from 2:05"). A record stamped through the working day, and plans to watch at a clock of
the day, stay as they were."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a long recording's chapters from hour zero": [
        ("Full VOD of the 12-hour relay\n\n00:00:00 Intro\n02:10:00 Leg two\n08:15:30 Night shift begins\n"
         "10:02:00 Closing words", [(0.0, None), (7800.0, None), (29730.0, None), (36120.0, None)]),
        ("Timestamps:\n00:00:00 Pre-show\n06:40:00 Boss rush\n07:05:12 The clutch heal\n09:30:00 Credits",
         [(0.0, None), (24000.0, None), (25512.0, None), (34200.0, None)]),
    ],
    "asked to watch from a time": [
        ("Counsel asked jurors to watch closely from 3:12, when the van pulls in.", [(192.0, None)]),
        ("The coroner invited the family to watch again from 0:45.", [(45.0, None)]),
        ("She told us to watch from 1:02:10.", [(3730.0, None)]),
    ],
    "near-misses stay as they were": [
        # a realtime record stamped through the working day
        ("10:02:11 MS. PRATT: Let's play it.\n10:02:40 (Video played.)\n10:03:05 THE COURT: Thank you.", []),
        ("Session log\n09:15:00 Doors open\n09:30:00 Keynote\n11:00:00 Panel", []),
        ("The stewards asked residents to watch the road at 22:00 tonight.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_long_chapters_and_asked_to_watch(text, expected):
    assert found_spans(text) == expected
