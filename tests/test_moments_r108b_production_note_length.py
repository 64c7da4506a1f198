"""A transcript's bracketed production note naming a break or a bed, then a time (blind round 108, transcripts-01
and -03: a radio hour's "[MUSIC BED 0:45]" after the turn stamped 00:01:39, a podcast's "[Ad break — 0:45]" after the
turn stamped 01:40). The note's time is behind the transcript's running stamp, so it is no place in the recording:
it is how long the bed or the break runs, a length like "Teaser (1:36)". A note whose time goes on from the stamps
("[THEME MUSIC 00:07:20]" after 00:07:15), a break's stretch given as a range, and a note of another kind
("[inaudible 00:04:05]") stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a break's or a bed's note with a time behind the running stamp is its length": [
        ("[00:03:12] PRESENTER: Back after these messages.\n\n[Commercial break – 2:00]\n\n"
         "[00:03:20] PRESENTER: And we're back.", [(192.0, None), (200.0, None)]),
        ("00:05:40 HOST: Here's a bit of music.\n[THEME MUSIC 0:30]\n00:05:52 HOST: Lovely.",
         [(340.0, None), (352.0, None)]),
        ("Thandi Mokoena (04:05):\nWe'll pause there.\n\n[Sponsor message: 1:15]\n\nThandi Mokoena (05:30):\n"
         "Welcome back.", [(245.0, None), (330.0, None)]),
    ],
    "a note going on from the stamps, a range, or another kind of note stays a position": [
        ("[00:07:15] HOST: Here's the song.\n[THEME MUSIC 00:07:20]\n[00:09:30] HOST: Lovely.",
         [(435.0, None), (440.0, None), (570.0, None)]),
        ("[00:12:01] HOST: Back after this.\n\n[AD BREAK 00:12:03–00:14:10]\n\n[00:14:11] HOST: We're back.",
         [(721.0, None), (723.0, 850.0), (851.0, None)]),
        ("[00:04:01] WITNESS: I told him to stop. [inaudible 00:04:05] and then he left.",
         [(241.0, None), (245.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_production_note_length(text, expected):
    assert found_spans(text) == expected
