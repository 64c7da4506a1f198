"""A range told in the prose of a live blog's entry stamped with a bare clock of the day (blind round 138): '10:31 — The
second clip, from a bus (...), is played in full. The Crown's focus is between 1:05 and 1:22, when ...'. Lines that open
with a time made the entry look like a chapter list, and the range a figure in a chapter's title. An entry whose prose
has ended a sentence before the time is a post, not a title: its positions stay. A chapter list's title keeps its
figures out."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a position in a live blog entry's prose stays a position": [
        ("Live: Doyle inquest, day 3 — Leeds Coroner's Court\n\n09:52 — The coroner opens the hearing and the jury is "
         "sworn in.\n\n14:07 — Counsel plays the doorbell video, 1 minute 30 seconds long. The key moment is from 0:48 "
         "to 1:03, as the van reverses.\n\n15:40 — The inquest adjourns until tomorrow.", [(48.0, 63.0)]),
        ("Flood committee live blog\n\n13:15 — Members gather in the chamber.\n\n13:40 — The council shows the drone "
         "footage of the river. Watch between 2:10 and 2:25 for the breach.\n\n14:02 — Questions from members.",
         [(130.0, 145.0)]),
    ],
    "a figure in a chapter's title is still no position": [
        ("0:00 Intro\n1:40 Battery — 9:30 in my test\n4:15 Verdict", [(0.0, None), (100.0, None), (255.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_live_blog_prose_entry(text, expected):
    assert found_spans(text) == expected
