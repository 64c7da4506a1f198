"""A track's length set beside it by a comma and told on its release (blind round 152, a music-video review: "The
track itself, 4:12 on the album, was produced for GH₵ 85,000."). "4:12 on the album" after the track's noun and a
comma is how long the track runs on that release, as "the theme is 6:48 on the OST" already is: no position. A time
said "at" a place in the release, or one placed in the video, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a track's length apposed and told on its release is no moment": [
        ("The single, 3:40 on the EP, is a touch shorter than the video edit.", []),
        ("The B-side track — 5:02 on the vinyl — drops the second verse entirely.", []),
        ("The song itself, 4:27 on the LP, was cut in one take in Lagos.", []),
    ],
    "a time placed in the release or the video stays a position": [
        ("The hook comes in at 1:12 on the album version.", [(72.0, None)]),
        ("In the video the chorus hits at 2:10; the song, 3:58 on the LP, fades out early.", [(130.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_track_length_apposed(text, expected):
    assert found_spans(text) == expected
