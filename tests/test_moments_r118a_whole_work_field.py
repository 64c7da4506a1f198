"""The whole recording named as one field of a list, its time closing the field (blind round 118): "Speakers at the
County Youth Forum (livestream began 10:00 EAT; full recording 2:41:07):". The family: "full / whole / complete /
entire <recording, stream, video>" opening a field after a list's separator (";", ",", "·", "|", a dash) or its
line, its time closing the field, is the work's length, no moment, as "Length: 2:41:07" is. The same words with the
time placed in the work stay positions: a bracket after what happens ("The walkout (full recording 1:12:40)"), a
clause going on ("1:12:40 is where ..."), "in" after it, or a stretch."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the whole work's time closing its field is its length": [
        ("Council budget meeting (stream opened 18:00 GMT; whole stream 3:12:40). The vote is at 2:55:10.",
         [(10510.0, None)]),
        ("Archive of the tenants' AGM, complete video 1:48:22. The heckle comes 41:05 in.", [(2465.0, None)]),
        ("Speakers at the Rotary forum (livestream began 09:00; entire recording: 2:05:33):\nMs Okoro speaks at "
         "0:47:10.", [(2830.0, None)]),
        ("Derby day recap, full match footage 1:52:10; the opener is at 14:32.", [(872.0, None)]),
        ("Recording details: filmed 14 March · full video 38:12 · 1080p. The crash is at 12:05.", [(725.0, None)]),
        ("Charity gala (streamed live from 19:00; the entire broadcast 3:05:44, captioned).", []),
    ],
    "the same words with a time placed in the work stay positions": [
        ("In the full recording 1:12:40 is where the chair walks out.", [(4360.0, None)]),
        ("The walkout (full recording 1:12:40) is the bit everyone shares.", [(4360.0, None)]),
        ("Watch the full broadcast 1:02:10–1:04:00 for the row.", [(3730.0, 3840.0)]),
        ("Skip to the goal, full video 12:40 in.", [(760.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_whole_work_field(text, expected):
    assert found_spans(text) == expected
