"""A spelled offset after "at exactly" (blind round 94, a helmet-camera explainer): 'The crack appears at 00:01:42:30
in the file — that is, at exactly 1 minute 42.5 seconds'. The family: "exactly" or "precisely" between "at" and a
spelled offset sharpens it, no hedge: the offset is a position as it is after "at" alone (and exact), a second
mention when it restates a timecode. A length "of exactly" stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a spelled offset after 'at exactly' is an exact position": [
        ("In the bodycam file the door gives way at exactly 2 minutes 14 seconds.", [(134.0, None, False)]),
        ("The fox reaches the feeder at precisely 47 seconds, by the trail camera's own count.",
         [(47.0, None, False)]),
        ("The bat meets the ball at 0:58 — or, to be fussy, at exactly 58.2 seconds — and it carries.",
         [(58.0, None, False), (58.2, None, False)]),
    ],
    "after 'at' alone it stays a position": [
        ("In the bodycam file the door gives way at 2 minutes 14 seconds.", [(134.0, None, False)]),
    ],
    "a length of exactly so long stays nothing": [
        ("The bodycam file runs exactly 2 minutes 14 seconds.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_at_exactly(text, expected):
    assert found_hedged(text) == expected
