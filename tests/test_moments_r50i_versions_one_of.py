"""Versions listed by their lengths, the noun left out after the first (blind round 50): "Earlier, shorter versions
(one of 58 seconds, one of 1:12) appear to be cut from it" gives two lengths, the second written like a timecode.
"one of" a length told in words, then "one of" (or "another of") a timecode, is a work of that length, as "a version of
1:12" already was. A position told with "in" after the first ("one of 40 seconds in") is no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the round's case": [
        ("The version we examined is 2 minutes 41 seconds long. Earlier, shorter versions (one of 58 seconds, one of "
         "1:12) appear to be cut from it. At 0:23 the camera turns toward the main road.", [(23.0, None)]),
    ],
    "one of a length in words, then one of a timecode: a length": [
        ("Two edits went round, one of 40 seconds and another of 1:05.", []),
        ("The broadcaster made two cuts of the speech, one of ninety seconds, the other of 2:30; the line is at 1:12 "
         "in the longer.", [(72.0, None)]),
        ("We found three uploads: one of 12 minutes, one of 4:48 and the original.", []),
    ],
    "no length in words before it: as before": [
        ("Two moments stand out, one of 40 seconds in and one of 1:05 where he falls.", [(40.0, None), (65.0, None)]),
        ("A shorter version of 1:12 is also circulating; the shove is at 0:41.", [(41.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_versions_one_of(text, expected):
    assert found_spans(text) == expected
