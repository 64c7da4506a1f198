"""An end form in a transcript's turn that walks a video the speaker described earlier (blind round 108,
transcripts-03: a podcast page with "Episode length 38:12" heading it, a guest's turn "So that video, it's four
minutes", and his next turn "At 2:45 in the video, you see ... And then the last minute is the judges"). The form's
sentence names no work, but its turn does: the last minute is the video's (180-240), not the episode's. A form whose
paragraph names no work still counts from the whole work, and one naming the episode counts from the episode."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

_HEAD = "Kasi Kitchen Radio — Show 88\nTranscript by Otter. Episode length 41:30.\n\n"
_CLIP_TURN = ("Thabo Nkosi (01:10):\nThe clip my cousin sent me, it's three minutes. In the first ten seconds you see "
              "the taxi rank.\n\n")
FAMILIES = {
    "the work the form's turn walks gives the length": [
        (_HEAD + _CLIP_TURN + "Thabo Nkosi (01:30):\nEish, the taxi is new. At 1:40 in the clip, the driver hoots. "
         "That is when people clapped. Then the last 20 seconds are the crowd cheering.",
         [(70.0, None), (0.0, 10.0), (90.0, None), (100.0, None), (160.0, 180.0)]),
    ],
    "a sentence naming its own work counts from that work, not the clip named before": [
        ("The shared clip is 25 seconds long. In the complete eight-minute speech, the mayor praises the nurses at "
         "3:02 and thanks volunteers from 6:10 to 6:35.", [(182.0, None), (370.0, 395.0)]),
    ],
    "a turn naming the episode counts from the episode": [
        (_HEAD + _CLIP_TURN + "Lerato Dube (40:00):\nWe are nearly done with this episode, friends. Thank you all. "
         "In the last minute we read your letters.",
         [(70.0, None), (0.0, 10.0), (2400.0, None), (2430.0, 2490.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_kind_walked_in_turn(text, expected):
    assert found_spans(text) == expected
