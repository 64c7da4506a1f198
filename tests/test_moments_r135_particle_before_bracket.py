"""A verb's particle, "over" or "under", closing its clause right before a bracketed time (found fixing blind round
135: a step list's "turn the chair over (0:25)"). The bracket cites where the step is in the video; the particle
belongs to the verb ("turn over", "hand over", "slide under") and hedges nothing. A hedge said with its own word
("just over (4:22)", "a little under [2:10]") or a plain "over 4:22" with no bracket still hedges the time."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a particle before a bracketed time hedges nothing": [
        ("Step 4: flip the stool over (1:05) and glue the rails.", [(65.0, None, False)]),
        ("Then hand the torch over [2:40] to the second diver.", [(160.0, None, False)]),
        ("Slide the tray under (0:48), then close the oven door.", [(48.0, None, False)]),
    ],
    "a hedge with its own word still hedges the bracket": [
        ("The whistle goes at just over (4:22) in the replay.", [(262.0, None, True)]),
        ("She lands it a little under [2:10] into the clip.", [(130.0, None, True)]),
        ("The crowd noise peaks at about (3:05).", [(185.0, None, True)]),
    ],
    "over before a bare time still hedges it": [
        ("The sound drops out over 4:22 into the stream.", [(262.0, None, True)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_particle_before_bracket(text, expected):
    assert found_hedged(text) == expected
