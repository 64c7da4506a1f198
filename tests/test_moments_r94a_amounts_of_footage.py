"""An amount of footage, hedged, after "from" (blind round 94, court): 'the compilation had been cut from roughly three
hours of recordings'. "N hours of recordings" is how much material there was, no position in it, even with "from"
and a hedge before it; a length after "of" with no determiner names a quantity of footage ("of CCTV", "of raw
bodycam tapes"). A position "of the video" (its determiner said) and one said "into" the footage stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a hedged amount of footage after 'from' is no position": [
        ("The officer had picked the stills from about forty minutes of CCTV.", []),
        ("Producers edited the 90-second trailer from roughly six hours of rehearsal recordings.", []),
        ("The prosecution's montage was assembled from some two hours of raw bodycam tapes.", []),
    ],
    "a position of the named footage stays one": [
        ("Watch from about forty seconds into the video, where the lorry brakes.", [(40.0, None)]),
        ("Play it again from roughly two minutes of the clip, when the dog appears.", [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_amounts_of_footage(text, expected):
    assert found_spans(text) == expected
