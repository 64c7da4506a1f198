"""A length closed by Singaporean and Indian English "only", then a new clause or a particle (blind round 100,
regional): "At 1.15 there you can see she throw the whole bag of bread, then around 2.05 the pigeons all come down on
the car. The clip 3 min only so just watch lah". The length rule read "only" before a stop or a comma alone, so the
clip had no length and its dotted points no clip to sit in. "only" then "so", "but", "and" or "lah" ends the length
as well; a position followed by "only so" is still a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a length closed by only, then a clause, holds its dotted points": [
        ("The lift CCTV video they sent in the group. At 0.40 there the boy press all the buttons, then around 1.20 "
         "the door jam. The video 2 min only so dun need to fast forward lah",
         [(40.0, None, False), (80.0, None, True)]),
    ],
    "a position with only after it stays one": [
        ("The goal is at 1:12 only so watch from there.", [(72.0, None, False)]),
        ("The clip is 1:40 only and the crash is at 1:12.", [(72.0, None, False)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_only_then_clause(text, expected):
    assert found_hedged(text) == expected
