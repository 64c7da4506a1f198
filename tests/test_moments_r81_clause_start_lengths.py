"""A start plus a length opening a reported clause (blind round 81): "the tribunal accepted that for about 20 seconds
starting at 2:05 in clip 4 the worker is ...". The determiner that tells a work's length ("that 4:12 clip", "the 1:12
version") is the time's own, right before its digits; a "that" before a whole phrase is a conjunction, and a
preposition ("3:20 in clip 2") is no word describing the work, so neither makes the range or the point a length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a start plus a length after 'that'": [
        ("The arbitrator found that for about 20 seconds starting at 2:05 in clip 4 the worker is at the till.",
         [(125.0, 145.0, True)]),
        ("It is common cause that for 12 seconds beginning at 0:48 in the second video the gate is open.",
         [(48.0, 60.0, False)]),
        ("The panel was satisfied that, for roughly ten seconds starting at 1:30 in camera 2's footage, the horse "
         "shifts out.", [(90.0, 100.0, True)]),
    ],
    "a point after 'that', then a preposition and the work": [
        ("The tribunal accepted that 3:20 in clip 2 shows the claimant leaving.", [(200.0, None, False)]),
    ],
    "a work's length told with its own determiner stays none": [
        ("That 4:12 clip has been shared a million times.", []),
        ("The 1:12 version is the one on the channel.", []),
        ("She posted a 2:30 YouTube video of the crash.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clause_start_lengths(text, expected):
    assert found_hedged(text) == expected
