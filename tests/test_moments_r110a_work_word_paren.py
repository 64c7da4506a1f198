"""A length in brackets that names the kind of work it measures (blind round 110): a workout list's "1. **Sofa-to-
Strong, Day 3** (video 21:40) — warm-up starts at 0:00, ...", a dishes list's "the blitz is at 2:50 (5:12 video)".
The family: a bracket holding only a length and "video", "clip", "episode" (the length first, or the word first right
after an emphasised or quoted title) is the work's running time, no position; a bracket that places a time ("at ... in
the video") and one cited after prose stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length, then the work's kind, in brackets is no moment": [
        ("The dough goes in at 1:40 (8:05 clip), so be ready.", [(100.0, None)]),
        ("Best bit: the goalkeeper's dive at 0:52 (2:14 video) — watch it twice.", [(52.0, None)]),
        ("Our top pick is the river hike (12:30 full video); the waterfall shows up at 6:05.", [(365.0, None)]),
    ],
    "the work's kind, then its length, after an emphasised or quoted title is no moment": [
        ("2. **Core Burner** (video 18:20) — planks start at 3:10, the stretch at 15:00.", [(190.0, None),
                                                                                          (900.0, None)]),
        ('- "Morning Mobility" (clip 6:45): the hip opener at 2:05 is the one.', [(125.0, None)]),
        ("3. *Granny's Scones* (episode 24:10) — the rubbing-in starts at 4:40.", [(280.0, None)]),
    ],
    "a bracket placing a time, or cited after prose, stays a position": [
        ("The officer draws his weapon (video 1:12) and steps back.", [(72.0, None)]),
        ("He trips (at 0:41 in the video) and gets up.", [(41.0, None)]),
        ("Watch the catch (2:05 in the clip) before anything else.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_work_word_paren(text, expected):
    assert found_spans(text) == expected
