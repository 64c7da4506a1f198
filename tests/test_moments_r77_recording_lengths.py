"""A recording's length told beside its name (blind round 77): a numbered recording's label opening a line with its
length in brackets before a colon ("Clip 2 (rooftop, 0:52): ...", "Flight 3 (7:50): ..."), a work named with who
put it out and its length closing the phrase ("In the video the club posted (3:10), ..."), and a length before the
device the recording came from ("a 2 min 05 s body-worn camera clip"), and a work's timecode in brackets with
what it counts in or leaves out ("the match video (6:20 including the anthem)"). Each is that recording's length:
no moment, and the one its end forms count from. A position in the label's brackets ("Clip 1 (at 1:47):"), a label
that names no recording ("Goal 2 (1:12):"), labels that start at "(0:00)" (chapters) and a timecode cited after
what happens in the video stay positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a numbered recording's label with its length in brackets": [
        ("Video 1 (street level, 2:31): the van appears at 0:44.\nVideo 2 (0:57): the driver runs at 0:12.",
         [(44.0, None), (12.0, None)]),
        ("**Flight 4 (11:30):** the dam wall comes into view from 03:10 to 04:05.", [(190.0, 245.0)]),
        ("Camera B (loading dock, 6:02): nothing moves until 5:40.", [(340.0, None)]),
    ],
    "a position or another label in the brackets stays": [
        ("Clip 1 (at 1:47): the flash.", [(107.0, None)]),
        ("Goal 2 (1:12): a header from the corner.", [(72.0, None)]),
        ("Video 1 (0:00): the intro.\nVideo 2 (1:47): the crash.\nVideo 3 (3:10): the rescue.",
         [(0.0, None), (107.0, None), (190.0, None)]),
    ],
    "a work named with who put it out, its length in brackets": [
        ("In the footage the police released (4 min 12 s), the car mounts the kerb about 50 seconds in.",
         [(50.0, None)]),
        ("On the video posted by the club (3:10), the save is at 2:02.", [(122.0, None)]),
        ("In the bodycam clip that the force published on Monday (1:45), the last 15 seconds are black.",
         [(90.0, 105.0)]),
    ],
    "a timecode cited after what happens stays a position": [
        ("He falls in the video (0:45), then gets up.", [(45.0, None)]),
    ],
    "a length before the device the recording came from": [
        ("Police released a 2 min 05 s body-worn camera clip. The final 25 seconds of the clip show the arrest.",
         [(100.0, 125.0)]),
        ("She shared a 90-second doorbell camera video; its last ten seconds are dark.", [(80.0, 90.0)]),
        ("He spent 3 minutes watching phone video. The last ten seconds of the video are dark.", []),
    ],
    "a work's timecode with what it counts in or leaves out": [
        ("The club's match video (6:20 including the anthems) is online. The last 20 seconds of the video are the "
         "handshakes.", [(360.0, 380.0)]),
        ("The livestream (2:41:10 excl. the pre-show) is long; the final five minutes of the stream are the awards.",
         [(9370.0, 9670.0)]),
        ("He falls in the video (0:45 with the sound up).", [(45.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_recording_lengths(text, expected):
    assert found_spans(text) == expected
