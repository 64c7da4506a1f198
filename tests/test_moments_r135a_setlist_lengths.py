"""A setlist whose items give each song's length in brackets and, after a dash, where it starts in the concert film
(blind round 135): "1. Harmattan (4:12) — 0:03:20", "2. Kumasi Nights (5:40) — 0:08:05", then "3. Adwoa (3:55)"
with no position of its own, beside "4. Encore medley — kicks in at 1:31:10". The siblings show what the brackets
of this list hold: each item's own length, so the lone "(3:55)" is a song's length, no moment, even though another
item places its thing "at" a time. A list whose bracketed times are where things happen stays read as positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a lone bracketed length in a list of 'title (length) — position' items is no moment": [
        ("Running order, Cardiff Arms Park gig film (2 hr 5 min)\n1. Bread of Heaven (3:48) - 0:02:10\n"
         "2. Valleys (4:30) - 0:06:40\n3. Slate Roof (5:02)\n4. Closing jam - starts at 1:52:00",
         [(130.0, None), (400.0, None), (6720.0, None)]),
        ("Tracks from the Toronto show:\n- Lake Effect (6:15) — 12:30\n- Northern Line (3:05)\n"
         "- Snowbound (4:44) — 27:10\n- the crowd singalong at 41:05",
         [(750.0, None), (1630.0, None), (2465.0, None)]),
    ],
    "a list that places things with bracketed times stays positions": [
        ("Best saves of the night:\n1. Low dive at the near post (2:32)\n2. Fingertip over the bar (4:10)\n"
         "3. Double save — highlights at 0:55", [(152.0, None), (250.0, None), (55.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_setlist_lengths(text, expected):
    assert found_spans(text) == expected
