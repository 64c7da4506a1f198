"""An end form of "the viral clip" where two sentences name a clip but only one length is told on the clip's own
noun (blind round 129, factcheck): 'An audio-video clip (0:36) trending on Facebook ...' then 'The clip is taken from
a 54-minute town hall broadcast ...' then 'The last 7 seconds of the viral clip are a freeze frame'. The bracket
right after "clip" is the clip's length; the 54 minutes are the broadcast's, in a sentence
that only mentions the clip. The end form counts from the length on its own kind's noun. A form of the other work
still counts from that work's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form of the clip counts from the length on the clip's noun": [
        ("A viral clip (1:10) circulates on WhatsApp. The clip was cut from a 25-minute interview on Citizen TV. "
         "The last 15 seconds of the viral clip show a logo.", [(55.0, 70.0)]),
        ("A clip (0:52) went viral on TikTok. The clip was cut from a 30-minute podcast. The last 12 seconds of the "
         "clip are a logo.", [(40.0, 52.0)]),
        ("VERDICT: FALSE. A video clip (0:48) shared on X claims to show the mayor. The clip comes from a 40-minute "
         "press conference streamed on Monday. In the clip, the remark is at 0:20. The final 10 seconds of the clip "
         "are a caption card.", [(20.0, None), (38.0, 48.0)]),
    ],
    "an end form of the other work counts from that work's length": [
        ("A 52-second clip went viral. The clip was cut from a 30-minute podcast episode. The last 12 seconds of "
         "the podcast are ads.", [(1788.0, 1800.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_length_on_clip_noun(text, expected):
    assert found_spans(text) == expected
