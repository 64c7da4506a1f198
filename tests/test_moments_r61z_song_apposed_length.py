"""A song introduced in apposition, its length the next field (blind round 61): a review's "the final five minutes lean
too hard on a needle-drop (a 1983 Cure B-side, 4:02, used almost in full)" kept 4:02 as a position. A song, track,
single or ballad introduced with "a" in apposition and followed by a time that closes its own field (a comma, a
bracket, a full stop) is the song's length, as a card's "212M views, 2:34" already was; a time said into the video
after such a word, or at a point after a clause, stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a song in apposition, then its length": [
        ("“Night Bus” runs 58 minutes without ads. It’s not flawless: the final five minutes lean too hard on a "
         "needle-drop (a 1983 Cure B-side, 4:02, used almost in full).", [(3180.0, 3480.0)]),
        ("The episode closes on a song (an old Irish ballad, 3:12, sung by the whole cast).", []),
        ("The trailer's music — a 1970s disco single, 4:40, cut down by half — is the best thing about it.", []),
        ("Its soundtrack, a Burna Boy remix, 3:05, is everywhere on TikTok this week.", []),
    ],
    "a time said into the video after such a word stays a position": [
        ("She hums a tune, 1:12 in the video, then stops.", [(72.0, None)]),
        ("The montage plays a Cure track, and at 4:02 the picture cuts to black.", [(242.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_song_apposed_length(text, expected):
    assert found_spans(text) == expected
