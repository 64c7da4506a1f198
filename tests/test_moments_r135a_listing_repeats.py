"""A TV listing's repeat slot, told as a label opening its sentence (blind round 135): "Repeats at 01:10." under a
schedule of slots ("Mon 22:40 — Stand-up showcase, 45 min"). A repeat is a broadcast's showing, a time of day like
"Showings at 18:15", no moment. A loop in the picture ("the clip repeats at 1:45") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a listing's repeat slot is a time of day": [
        ("Late-night comedy on RTÉ 2\nThu 23:10 — Panel show, 40 min\nFri 22:45 — Stand-up special\n"
         "Repeats at 02:15. Available on the RTÉ Player.", []),
        ("Weekend documentaries on BBC Four:\nSat 21:00 – Coastal Britain\nRe-runs at 00:40, catch-up for 30 days.",
         []),
        ("The quiz airs on Sundays, with repeat showings at 23:50 on the same channel.", []),
    ],
    "a loop in the picture stays a position": [
        ("Loop cam from the pier, 2-minute clip. The gull walks in at 0:20 and the clip repeats at 1:45.",
         [(20.0, None), (105.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listing_repeats(text, expected):
    assert found_spans(text) == expected
