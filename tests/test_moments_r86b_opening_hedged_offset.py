"""A hedged spoken offset opening its sentence, then what happens there (blind round 86): "Around 27 minutes Kelechi
explains the retry storm", "About 40 minutes, the host admits ...". With no "at" or "in", the offset is a position
when a new clause (a name, a noun phrase or a pronoun, and its verb) follows it and the text has named its recording;
"About 27 minutes later ...", a verb with no subject ("About 20 minutes passes") or a text naming no recording
stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_hedged

FAMILIES = {
    "a hedged offset opening the sentence, then a clause": [
        ("Episode 12 of the pod is up.\n\nAround 14 minutes Amara walks us through the refund bug.",
         [(840.0, None, True)]),
        ("Show notes for the video:\n\n[00:00] Intro\n[05:10] Setup\n\nRoughly 22 minutes, she finally explains the "
         "fix.", [(0.0, None, False), (310.0, None, False), (1320.0, None, True)]),
        ("Our new episode is out. About 31 minutes the guest admits he never tested it.", [(1860.0, None, True)]),
    ],
    "not a position": [
        ("Episode 12 of the pod is up. About 14 minutes later Amara called back.", []),
        ("The queue was long. Around 14 minutes Amara waited outside.", []),
        ("Around 14 minutes Amara explains the refund bug.", []),
        ("Episode 12 is up. Around 40 minutes passes before anyone laughs.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_opening_hedged_offset(text, expected):
    assert found_hedged(text) == expected
