"""A transcript's page:line cited with its day or volume between the label and the numbers (blind round 123):
"Paramedic Ms Kaur's evidence (Tr. day 4, 33:12–35:4) was that ...". "Tr. 45:12" is already a page and line; a
day or volume named between ("Tr. day 4, ", "Transcript, Vol. 2, ") leaves it one: no position. A time said in
the recording the same sentence cites stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a transcript's page and line after its day or volume is no moment": [
        ("The officer accepted in cross-examination (Tr. Day 2, 41:7–43:19) that he never warned her.", []),
        ("See the witness's account at Transcript, Vol. 3, 118:22 and the exhibit list.", []),
        ("Her evidence-in-chief (Tr. day 11, 14:05) was consistent with the statement.", []),
    ],
    "a time in the recording beside the cite stays a position": [
        ("In the bodycam clip, at 2:47, the sergeant draws his baton (Tr. Day 3, 52:10).", [(167.0, None)]),
        ("The 000 call recording has him screaming at 1:36; the dispatcher's account is at Tr. 12:4.",
         [(96.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_transcript_day_cites(text, expected):
    assert found_spans(text) == expected
