"""A work, then its length in words set off by a dash, closing the clause (blind round 134): "Tabata leg day (follow
along with my video — 24 min)" over "5. Cool-down stretch from 19:30 to the end". The dash sets the length off as a
comma does in "Explainer video, 6 min 12 s." (already a length): read so, "to the end" has the video's end to run
to (1170-1440), where it was left a bare point. A dash before an offset said into the work ("— 2 minutes in"), or
before a relative ("– 30 seconds later"), stays what it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length set off by a dash after its work is the work's length": [
        ("Morning yoga flow (stretch along with my video – 18 min)\n\n1. Sun salutations start 2:10 into the video"
         "\n2. Savasana from 15:00 to the end",
         [(130.0, None), (900.0, 1080.0)]),
        ("Full match video - 1 hr 52 min. The winner comes in the last 90 seconds of the video.",
         [(6630.0, 6720.0)]),
        ("Kerala fish curry: cook along with the video -- 9 min.\n\nPlating runs from 8:10 to the end.",
         [(490.0, 540.0)]),
        ("Kerala fish curry (cook along with the recipe video — 9 min)\n\nThe tempering is at 3:40 and plating "
         "runs from 8:10 to the end.", [(220.0, None), (490.0, 540.0)]),
    ],
    "a dash before an offset into the work or a relative is no length": [
        ("In the video — 2 minutes in — the roof starts to sag.", [(120.0, None)]),
        ("The wave hits at 0:40 in the clip – 30 seconds later the jetty is gone.", [(40.0, None), (70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dash_apposed_lengths(text, expected):
    assert found_spans(text) == expected
