"""Works counted, then each given its length (blind round 177, a captioning quote): "Closed captioning, English and
French, for 12 episodes of 'Wheat Kings', each 22:30." A count of episodes, clips, films or lectures, maybe "of" a
title, then "each" (or "each one", "every one") and a time is every work's length, as "11 tracks, 44:03" is the
release's: no position. A time placed in each ("each opens at 0:30") stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("Quote #CQ-2611 for Prairie Lens Media (Regina)\n\nClosed captioning, English and French, for 12 episodes of "
         "'Wheat Kings', each 22:30. Turnaround 5 business days. Rate: CA$3.25 per minute, rush +40%. Files delivered "
         "as SRT and SCC at 29.97 fps. Quote valid until 31/03/2026, 5 p.m. CST.", []),
    ],
    "a count of works, each then given its length": [
        ("We cut three clips, each 0:45, for the socials.", []),
        ("Four episodes, each one around 24:00, cover the trial.", []),
        ("The course is nine lectures, each roughly 48:00; the key proof is at 31:10 in lecture 4.",
         [(1870.0, None)]),
        ("Subtitling for 6 films of the Tamil retrospective, every one 1:45:00 or longer.", []),
    ],
    "a time placed in each stays a position": [
        ("Of the 12 episodes, each opens at 0:30 with the same theme.", [(30.0, None)]),
        ("Two clips, each at 0:45, show the same van.", [(45.0, None)]),
        ("In the first of the three clips, each scene starts at 0:45.", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_each_of_counted_works(text, expected):
    assert found_spans(text) == expected
