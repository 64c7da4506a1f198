"""A work the reader is sent to watch, its running time in brackets after it (blind round 115): "Watch the full
meeting (3:05:22) on the municipality's website", "Watch the highlights (4:48): the reverse scoop off the 17.3 over is
at 2:02". The family: an invitation to watch a whole work (the highlights, a recap, the full meeting of a council)
names that work with its length, as "Teaser (1:36)" does; no moment. A recorded meeting, debate or sitting is such a
work when said whole ("the full meeting", as "the full match"); a colon after the bracket opens what the work holds,
so the positions after it stay. Not a length: a thing in the footage to watch ("watch the keeper's gloves (1:24)"),
a part of a meeting cited ("walks out of the meeting (1:02:45)"), or a bracket a later position passes."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a whole meeting, debate or sitting to watch, its length in brackets": [
        ("Watch the full council sitting (2:41:10) on the city's YouTube channel.", []),
        ("Stream the entire debate (1:52:04) on the assembly's site; the walkout comes at 1:20:15.",
         [(4815.0, None)]),
        ("You can see the whole ceremony (58:20) on the parish page. The bishop arrives at 12:30 into it.",
         [(750.0, None)]),
    ],
    "the highlights or a recap to watch, its length in brackets": [
        ("Watch the highlights (6:12): the first try is at 1:05 and the second at 4:40.",
         [(65.0, None), (280.0, None)]),
        ("Watch our recap (4:20): the decisive break comes at 3:01.", [(181.0, None)]),
        ("Catch the Bulls' highlights (5:40). Mokoena's volley arrives at 3:12.", [(192.0, None)]),
        ("Rewatch the highlights (7:05) if you missed the late drama.", []),
    ],
    "a thing in the footage to watch, or a part cited, stays a position": [
        ("Watch the keeper's gloves (1:24) before the save.", [(84.0, None)]),
        ("Watch the drop test (2:10): the case cracks along the seam.", [(130.0, None)]),
        ("The deputy mayor walks out of the meeting (1:02:45) without a word.", [(3765.0, None)]),
        ("Speaker 2 (12:40): we saw the highlights at 3:00.", [(760.0, None), (180.0, None)]),
    ],
    "a bracket a later position passes is no length": [
        ("Watch the highlights (4:48): the winner comes at 5:10.", [(288.0, None), (310.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_watched_work_length(text, expected):
    assert found_spans(text) == expected
