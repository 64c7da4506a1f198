"""The length of the work a text's timestamps are said to refer to, in brackets after it (blind rounds 52 and 55): a
transcript's "Timestamps refer to the episode audio (58:21)" and a fact-check's "Timestamps refer to the viral TikTok
clip (27 seconds) and the Nairobi City County livestream (1:12:00)" gave positions at 58:21 and 1:12:00. A bracket
after a work named as the text's reference is that work's length, whatever the noun ("audio") and past another
work's bracket; a bracket after something said in the work, or in another clause, stays a cited position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the bracket after the work the timestamps refer to is its length": [
        ("This transcript was produced with machine transcription. Timestamps refer to the episode audio (58:21). "
         "Please check against the audio before quoting.\n\n[00:00:18] HOST: Hello and welcome.", [(18.0, None)]),
        ("Timestamps refer to the viral TikTok clip (27 seconds) and the Nairobi City County livestream (1:12:00). If "
         "you spot a clip you think is manipulated, send it to our tipline.", []),
        ("Timestamps refer to the press conference recording (1:04:30), not the clips shared online.", []),
        ("Times refer to the edited video (12 minutes) and the raw podcast audio (1:20:00).", []),
        ("Timestamps here refer to the show audio (42:18), as broadcast.", []),
    ],
    "a bracket after something in the work stays a position": [
        ("Timestamps refer to the episode; the argument (58:21) is the best bit.", [(3501.0, None)]),
        ("The timestamps refer to where he says it (12:40) in the stream.", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_times_refer_to(text, expected):
    assert found_spans(text) == expected
