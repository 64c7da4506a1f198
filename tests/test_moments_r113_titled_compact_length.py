"""A work's title set apart in emphasis or quotes, then its running time in hours and minutes in brackets (blind round
113): "The 5 best scenes in *Northern Lights* (2h 07m), ranked", its list ending "1. The last four minutes." The
bracket is the film's length (a title followed by its length), no moment, and the length the list's end forms count
from. The title may be set in Markdown's asterisks as well as its underscores. A time told to the second ("(4m 10s)")
may cite a position and stays as it was."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "hours and minutes after an emphasised or quoted title are its length": [
        ("Every great shot in *Dry Season* (1h 48m), in order:\n\n1. The dust storm, 22:10.\n2. The final two "
         "minutes.", [(1330.0, None), (6360.0, 6480.0)]),
        ("My four favourite moments in “The Ferryman's Wake” (2 h 3 min) — no spoilers\n\n- the market chase at "
         "41:05\n- the last 90 seconds", [(2465.0, None), (7290.0, 7380.0)]),
        ("The three best scenes of **Harbour Lights** (1 h 52 min), ranked\n\n3. The dock fight: 58:30.\n1. The "
         "last three minutes.", [(3510.0, None), (6540.0, 6720.0)]),
    ],
    "a length told to the second stays as it was": [
        ("Favourite bit of *Sandcastle* (4m 10s): the wave at 3:02.", [(182.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_titled_compact_length(text, expected):
    assert found_spans(text) == expected
