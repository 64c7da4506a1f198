"""Offsets said bare in a chatty post whose footage was named a sentence before (blind round 72): "Uploaded Sunday
arvo's footage from the feeder cam — it's only 2 min odd. Right at the start, first 10 sec or so, there's a pair of
lorikeets ..., and then about a minute in a gang-gang cockatoo rocks up". A bare ", first 10 sec" after a comma is a
stretch from the start where the paragraph so far names footage, not only its own sentence; and a hedged offset after
"then" opens its clause unpunctuated ("then about a minute in a gang-gang cockatoo rocks up"), its subject up to two
words, in such a paragraph. With no footage named, "Doors open, first 15 minutes free" and "about an hour in the
hot sun" stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a bare first stretch after a comma": [
        ("Put up the trail cam video from last night. Just at the beginning, first 5 sec or so, a fox sniffs the "
         "lens.", [(0.0, 5.0, True)]),
        ("Here's my doorbell footage. Right at the start, first 20 seconds, the parcel is already gone.",
         [(0.0, 20.0, False)]),
    ],
    "a hedged offset after then opens its clause": [
        ("Uploaded the nest cam clip. Quiet at first, and then roughly two minutes in a sparrow hawk lands.",
         [(120.0, None, True)]),
        ("My dashcam video is below. Nothing much, then about 40 seconds in the white van swerves.",
         [(40.0, None, True)]),
    ],
    "with no footage named they stay nothing": [
        ("Gates open at six, first 15 minutes free parking.", []),
        ("We walked for ages, then about an hour in the hot sun burns us.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_footage_named_before(text, expected):
    assert found_hedged(text) == expected
