"""An offset said "N minutes in", then a clause whose subject is plural with its verb unmarked (blind round 182): "The
episode opens with a dust storm, and about two minutes in the twins find the waterhole shrinking" is 120. As "about a
minute in the taxi runs it" already was, the offset opens the clause: "in the twins find" is no stay in a place. A
plural noun followed by a preposition or a copula ("in the streets of", "in the stands were") stays no clause."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "the round's plot": [
        ("Like all episodes of the series it runs 11 minutes.\n\nPlot\nThe episode opens with a dust storm, and about "
         "two minutes in the twins find the waterhole shrinking.", [(120.0, None, True)]),
    ],
    "fresh plural subjects in other footage": [
        ("The dashcam video runs four minutes, and roughly a minute in the cyclists swerve into the bus lane.",
         [(60.0, None, True)]),
        ("In the 12-minute recording the crowd is calm, but about three minutes in the officers arrive with dogs.",
         [(180.0, None, True)]),
        ("The livestream lasted two hours, and around 40 minutes in the drummers take over the stage.",
         [(2400.0, None, True)]),
    ],
    "a stay in a place or a plural noun before a preposition stays none": [
        ("The video runs four minutes. We waited about ten minutes in the stands of the stadium.", []),
        ("The video runs four minutes, and we spent about two minutes in the streets of the old town.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_plural_subject_after_in(text, expected):
    assert found_hedged(text) == expected
