"""Lengths written with the non-breaking hyphen pages paste ("a 2‑minute 40‑second CCTV clip", U+2011) read as with
"-" (blind round 64): an end form then counts from them. Hyphens elsewhere change nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

NB = "\u2011"
FAMILIES = {
    "a length with non-breaking hyphens": [
        (f"Police released a 3{NB}minute 10{NB}second doorbell clip. The final 15 seconds show the man running.",
         [(175.0, 190.0)]),
        (f"The 90{NB}second video was shot from a balcony. The last 10 seconds show the fire.", [(80.0, 90.0)]),
        (f"A 1{NB}minute clip circulated on Friday; the first 20 seconds show the lorry braking.", [(0.0, 20.0)]),
        (f"The crowd surges about two{NB}thirds of the way through, at 1{NB}minute 20 into the footage.", None),
    ],
    "near misses": [
        (f"The 60{NB}metre crane fell at 0:12 in our trimmed version.", [(12.0, None)]),
        (f"The A{NB}road was shut for a 2{NB}hour spell.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_non_breaking_hyphen_reads_as_a_hyphen(text, expected):
    if expected is None:
        assert found_spans(text) == found_spans(text.replace(NB, "-"))
    else:
        assert found_spans(text) == expected
