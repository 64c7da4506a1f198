"""What happens in the footage "takes" a stretch of it, told from one reading to another (blind round 107): "Reece
Walsh's break is 1:12:40 into the broadcast, and the bunker review of the ... try takes from 1:31:05 to 1:33:50, an
eternity". "Takes" (or "lasts", "took") before a time reads as a length ("took 9:30 to pitch"), but "from X to Y"
names where the thing starts and stops: when its sentence names the footage it is a range in it, as "an unbroken
take from 4:10 to 6:55" already is. A task's length told with no footage named, "takes 2:10", stays no moment."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a thing in the named footage takes from one time to another": [
        ("The stream's best moment is 2:05:10 into the VOD, and the raid wipe lasts from 2:40:12 to 2:43:55.",
         [(7510.0, None), (9612.0, 9835.0)]),
        ("In the broadcast the TMO check took from 48:20 to 51:02 — longer than the half-time show.",
         [(2900.0, 3062.0)]),
        ("On the replay the lineout maul takes from 1:02:15 to 1:03:40 and ends in a try.",
         [(3735.0, 3820.0)]),
    ],
    "a length still told with takes": [
        ("The tent took 9:30 to pitch in the rain.", []),
        ("The bus takes from 1:10 to 1:25 depending on traffic.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_takes_from_to(text, expected):
    assert found_spans(text) == expected
