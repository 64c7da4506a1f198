"""A list item's title closed by its length in hours and minutes, in brackets, the item going on after it (blind round
128): '• *Cold Open* ep. 212 (1h 12m) — skip to 34:50 for the interview'. The bracket is the episode's running time, as
"Teaser (1:36)" is, no moment; the position the item goes on to place stays one. A compact length in a title's
bracket was read as a length only on the text's first line or a heading. A list whose heading names moments keeps its
bracketed times as positions, and so does a bracket said "in" in prose."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a list item's title closed by its compact length is no moment": [
        ("Queue for the flight to Perth\n\n- *Harbour Lights* part 2 (58m 10s) — the twist lands at 41:05\n"
         "- *The Quiet Year* (1h 4m) — skip the first 3 minutes", [(2465.0, None), (0.0, 180.0)]),
        ("Weekend listening\n\n1. Dry Stone, ep. 47 (2h 3m) — the guest arrives about 12:30 in\n"
         "2. Low Water, ep. 9 (1h 18m)", [(750.0, None)]),
        ("My watchlist:\n\n• Northern Salt (1 h 41 m) — the chase starts at 6:15\n• The Orchard (2h 2m)",
         [(375.0, None)]),
    ],
    "counter-cases: a moments list and prose keep their compact times": [
        ("Best moments of the charity stream:\n\n- The ace (1h 2m)\n- The rage quit (2h 5m)",
         [(3720.0, None), (7500.0, None)]),
        ("The bridge gives way at 1h 12m in and the crowd scatters.", [(4320.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_compact_lengths(text, expected):
    assert found_spans(text) == expected
