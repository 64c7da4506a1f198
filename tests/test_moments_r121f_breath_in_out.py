"""A breath counted in and out is no offset (blind round 121, lists): "Cat-cow x10, breathe 4 seconds in, 4 out.
Starts 1:05." holds one position, 1:05; "4 seconds in" is how long to breathe in. An offset that opens a clause
("Four seconds in, the diver jumps") or is followed by "and out comes ..." stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("Sunday mobility flow (follow along, 25 min video)\n- Cat-cow x10, breathe 4 seconds in, 4 out. Starts "
         "1:05.", [(65.0, None)]),
    ],
    "fresh breath counts": [
        ("Box breathing from the 10-minute video: four seconds in and four seconds out, hold 4.", []),
        ("Breathe 5 s in / 5 s out through the whole sequence (it starts at 2:10).", [(130.0, None)]),
        ("Yin session: inhale 3 counts in, 6 out, the whole way through the 20-minute video.", []),
    ],
    "offsets that open a clause stay positions": [
        ("Four seconds in, the diver jumps.", [(4.0, None)]),
        ("About 40 seconds in, and out comes the cat.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_breath_in_out(text, expected):
    assert found_spans(text) == expected
