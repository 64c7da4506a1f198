"""A reviewer's whole work told as its minutes and what they do (blind round 72): a lecture review's "is one of
them: fifty-two minutes that take you from the Post Office queue to packet switching ... in the last three minutes".
After a colon, a dash or "is", an amount of minutes or hours followed by "that" and a verb of passing or carrying
("that fly by", "that take you", "which never drag") is the work's length: no moment, and the one its end forms count
from; "the first ten minutes that follow" is still a stretch from the start."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "minutes that do something are the work's length": [
        ("The documentary is a marvel — eighty minutes that never drag. In the last five minutes the whales return.",
         [(4500.0, 4800.0)]),
        ("Her keynote, for those who missed it: forty minutes that fly by. The final two minutes are one slide.",
         [(2280.0, 2400.0)]),
        ("What a film it is — 100 minutes that carry you from the pier to the sea; halfway through, the storm breaks.",
         [(3000.0, None)]),
    ],
    "a stretch of it stays a stretch": [
        ("In the video, the first ten minutes that follow are dull; at 12:30 it picks up.",
         [(0.0, 600.0), (750.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_minutes_that(text, expected):
    assert found_spans(text) == expected
