"""An end form counts from the stated length though its sentence says "won't" (rounds 50 and 52, reviews): the
verb of a match's result ("won 27-24 in the final minute") is a whole word, not the first letters of "won't"."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_FILM = "The film runs 1 hr 40 min.\n\n"

FAMILIES: dict[str, list[tuple[str, object]]] = {
    "wont-in-an-aside": [
        (_FILM + "The ending, which I won't spoil, lands in the final five minutes.", [(5700.0, 6000.0)]),
        (_FILM + "The last ten minutes, which I won’t describe, left the room silent.", [(5400.0, 6000.0)]),
        (_FILM + "The final two minutes won't please everyone.", [(5880.0, 6000.0)]),
        (_FILM + "I won't give it away, but the twist is in the last 90 seconds.", [(5910.0, 6000.0)]),
    ],
    # a match's result still makes the stretch the match's
    "a-result-stays-the-matchs": [
        ("The highlights run 9 minutes.\n\nCork won it with a point in the final minute.", []),
        ("The highlights run 9 minutes.\n\nThey won 2-1 with a header in the last minute.", []),
        ("The highlights run 9 minutes.\n\nShe won't forget how they won in the final minute.", []),
    ],
}

CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_an_end_form_beside_wont(text, expected):
    assert found_spans(text) == expected
