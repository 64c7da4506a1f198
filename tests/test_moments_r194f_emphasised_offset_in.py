"""A spoken offset in emphasis, its "in" closing the emphasis (blind round 194): "*Roughly 31 minutes in*, the wee boy
steals the show", "**about ten minutes in**," and "<em>around two minutes in</em>," are the hedged offsets they are
unmarked; the closed emphasis stands where the comma would."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "an offset in emphasis": [
        ("- *Roughly 24 minutes in*, the piper finally tunes up.", [(1440.0, None, True)]),
        ("The best bit: **about ten minutes in**, the drummer breaks a stick.", [(600.0, None, True)]),
        ("Then <em>around two minutes in</em>, the lights go out.", [(120.0, None, True)]),
        ("*Ninety seconds in*, the dog appears at the gate.", [(90.0, None, False)]),
    ],
    "no offset": [
        ("He kept his hands *in*, the coach said, for ten minutes.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_emphasised_offset_in(text, expected):
    assert found_hedged(text) == expected
