"""A file's length in its line of properties, with what it holds said after it, is the file's length (blind round
131, subtitles): "Raw: 1080p, 43:27 incl. 6 min of adverts", then "the last 90 seconds of the raw". The "incl." cut
the sentence and the note after the length hid it, so 43:27 came out as a position and the adverts' 6 minutes were
taken for the work the end form counts in. "incl."/"excl." end no sentence; a length beside the file's picture or
codec may be followed by "incl.", "including", "with" and what it holds; and a length said to be held in the one
before it is that length's share, not a work."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the file's length with what it holds is no position, and end forms count in it": [
        ("Source: 1080i, 52:14 incl. 8 min of commercials\n\nThe station ident in the last 20 seconds of the episode "
         "needs no caption.", [(3114.0, 3134.0)]),
        ("Master file: ProRes 422, 25 fps, 1:04:30 including credits. The card in the last 45 seconds of the "
         "programme stays unsubbed.", [(3825.0, 3870.0)]),
        ("Upload: 4K, 12:48 incl. end screen. The end screen fills the last 20 seconds of the video.",
         [(748.0, 768.0)]),
    ],
    "a plain spec length and a position after a held part stay as they were": [
        ("Source: 1080p, 38:05. The promo in the last 90 seconds of the episode goes.", [(2195.0, 2285.0)]),
        ("Episode 9 is 44:10 incl. recap. The recap runs 2 min and the hook is at 3:05.", [(185.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_spec_length_holding(text, expected):
    assert found_spans(text) == expected
