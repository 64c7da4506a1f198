"""An end form naming its work with that work's length as the adjective of "original" (fitted round 204: a Guwahati
fact-check's "Twenty seconds before the end of the 2-minute-30-second original", beside the viral 1-minute-20-second
clip told first): the form counts from the length it says itself, as "of the 30-second clip" already did, not from the
nearest length told before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the original's own length in the form": [
        ("A 1-minute-20-second video is being shared. We found a longer original, posted in 2022. Twenty seconds "
         "before the end of the 2-minute-30-second original, a park vehicle drives past.", [(130.0, None)]),
        ("The TikTok runs 48 seconds. In the last 20 seconds of the 3-minute-20-second original, the bus is still "
         "parked at the depot.", [(180.0, 200.0)]),
        ("The viral clip is 45 seconds long. The final 10 seconds of the two-minute original are the flag on the "
         "mast.", [(110.0, 120.0)]),
        ("A 38-second cut went round WhatsApp. Halfway through the 4-minute original, the crowd is already gone.",
         [(120.0, None)]),
    ],
    "left alone": [
        ("A 1-minute-20-second video is being shared. Twenty seconds before the end of the clip, a van drives past.",
         [(60.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_of_original(text, expected):
    assert found_spans(text) == expected
