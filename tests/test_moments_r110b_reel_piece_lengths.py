"""The length of a piece a reel or a programme is built with, told before its noun (blind round 110, subtitles): a
DCP sync note's 'I think because of the 1:00 leader on reel 4'. A leader, a slate, an ident or a pre-roll is as long
as its time, as "a 4:12 video" is: no position. The same time said where something happens stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a leader's, a slate's or an ident's length is no moment": [
        ("Delivery spec: a 0:10 slate, then the 0:05 ident, then programme.", []),
        ("Captions on part two run early, probably because the 2:00 pre-roll was trimmed at the edit.", []),
        ("Our reels carry an 8:00 countdown leader, so add eight seconds to every cue.", []),
    ],
    "a time placed in the footage stays a position": [
        ("At 1:00 the leader of the band walks on and the captions go blank.", [(60.0, None)]),
        ("The slate is visible at 0:04 in the rushes, before the first line.", [(4.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_reel_piece_lengths(text, expected):
    assert found_spans(text) == expected
