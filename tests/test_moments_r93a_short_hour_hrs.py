"""A clock of the day with a one-digit hour and "hrs" (blind round 93): a Kenyan letter's "On Saturday at about
8.30 hrs, I witnessed a matatu overlapping". "H.MM hrs" after "at", "by" or "from" tells when something happened
in the world, as "0600 hours" does (the contract: times of day are no moment); it is not 8.3 hours into footage. The
same numbers said into the footage ("at 1.10 hrs in") stay a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'at/by H.MM hrs' is a clock of the day": [
        ("On Monday at around 6.15 hrs a boda boda hit the kerb near Kasarani. A witness filmed it, and at 0:48 the "
         "rider falls.", [(48.0, None)]),
        ("All reports to reach the office by 9.00 hrs. The training clip is 6 minutes; see it at 2:30.",
         [(150.0, None)]),
        ("The water will be off from 7.30 hrs to noon.", []),
    ],
    "the same numbers said into the footage stay a position": [
        ("The stream is 2.40 hrs long; at 1.10 hrs in the speaker leaves the stage.", [(3960.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_short_hour_hrs(text, expected):
    assert found_spans(text) == expected
