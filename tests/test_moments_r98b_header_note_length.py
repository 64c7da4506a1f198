"""A list's header naming the work, its brackets holding a note and the work's length after a comma (blind round
98): "Things to check in the wedding film before we sign off (Ayesha & Bilal, 28 mins):", then the items, one of them
"The last 2 minutes — credits spelling". The bracket closing the header is the work's length, no moment, and the one
the items' end forms count from; a bracket in an item stays what it is."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a header's note and length in brackets gives end forms their length": [
        ("Notes on the graduation video for the school (Class of 2024, 42 min):\n\n- Logo flickers at 0:12\n"
         "- The final 90 seconds need the music faded", [(12.0, None), (2430.0, 2520.0)]),
        ("Fixes for the promo reel before Monday (client Harbour & Co, 3 minutes):\n1. Typo at 0:41\n"
         "2. The last 20 seconds: swap the logo", [(41.0, None), (160.0, 180.0)]),
    ],
    "no length, no end form; a timed item stays a position": [
        ("Notes on the graduation video (Class of 2024):\n\n- Logo flickers at 0:12\n- The final 90 seconds need "
         "music", [(12.0, None)]),
        ("Fixes for the promo reel (client notes):\n1. Colour (1:10, too warm)\n2. Typo at 0:41",
         [(70.0, None), (41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_header_note_length(text, expected):
    assert found_spans(text) == expected
