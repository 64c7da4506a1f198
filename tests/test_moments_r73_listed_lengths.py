"""A record's entry for a work's length (blind round 73): "the 1949 catalogue lists it at 52 minutes", "the
festival guide logs the film at 88 minutes". A catalogue, a guide or a log that lists or logs a work at a length
gives its length, as "rated at" and "timed it at" do; a position said into the work after such a verb ("lists the
goal at 12 minutes in", "logged the shot at 14 minutes into the video") stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a record lists or logs a work at its length": [
        ("The original was longer; the studio's 1952 catalogue lists it at 71 minutes.", []),
        ("The festival guide logs the film at 88 minutes, though the print we saw ran shorter.", []),
        ("Older reference books list the documentary at about forty minutes.", []),
        ("The archive logged it at 1 hr 12 min when the reels came in.", []),
    ],
    "a position said into the work after the verb stays a position": [
        ("Her notes list the goal at 12 minutes in.", [(720.0, None)]),
        ("Police logged the shot at 14 minutes into the video.", [(840.0, None)]),
        ("The catalogue lists it at 52 minutes; the missing scene comes at 44:10.", [(2650.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_listed_lengths(text, expected):
    assert found_spans(text) == expected
