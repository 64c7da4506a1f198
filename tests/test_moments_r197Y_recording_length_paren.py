"""A match's whole recording with its length in brackets (blind round 197): "YouTube replay of Sunday's T20 final
(4:02:15, rain delay included)", "the full-match stream on the league app (1:18:30) is worth watching end to end" and
"the highlights package (3:40): youtu.be/..." tell how long the stream, the replay and the package run, by a note of
what the length holds, a judgment of the whole or the work's address after the bracket; the link's own time stays a
position. A bracket citing a moment in the recording stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length told by its note": [
        ("Zimbabwe Cricket's YouTube replay of Sunday's T20 final (4:02:15, rain delay included) is worth a look.",
         []),
        ("The club stream (2:10:05, ads included) is on the club's channel, and the try comes at 41:20.",
         [(2480.0, None)]),
        ("SuperSport's broadcast of the final (3:05:10, pre-match show excluded) has the winner at 2:51:05.",
         [(10265.0, None)]),
    ],
    "a length judged": [
        ("Patna's home leg ended in a thriller, and the full-match stream on the league app (1:18:30) is worth "
         "watching end to end.", []),
        ("The whole VOD (5:12:40) was worth every minute.", []),
    ],
    "a length before the work's address": [
        ("The baseline-camera angle of that tackle is in the highlights package (3:40): "
         "youtu.be/pkl12pt?si=k2&t=2m27s.", [(147.0, None)]),
        ("Watch the full broadcast on SuperSport's app (3:05:10): supersport.com/watch/x9. The try is at 1:12:05.",
         [(4325.0, None)]),
    ],
    "left alone": [
        ("The try in the replay (1:05) where he dives is the best.", [(65.0, None)]),
        ("She lands it in the final (1:05, slow motion included).", [(65.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recording_length_paren(text, expected):
    assert found_spans(text) == expected
