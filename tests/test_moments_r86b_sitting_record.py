"""A committee's record of its sitting (blind round 86): Hansard-style "[10:41]" stamps in a Senate Estimates
transcript that also says "Proceedings suspended from 10:44 to 11:00". A parliament's or a committee's record stamps
its turns with the sitting's clock, not positions; the positions its speakers cite in a video ("At 2:14 in that
video") stay, and so do zero-hour stamps of a recording of the sitting ("[00:10:41]")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a sitting's clock stamps": [
        ("Supplementary Estimates — Monday, 3 March 2025\n\n[09:12]\nCHAIR: Welcome back.\nSenator LEE: At 1:05 in "
         "your department's video the gate is open.\n[09:15]\nMr HALL: I'll take that on notice.",
         [(65.0, None)]),
        ("[14:02]\nSenator MOSS: Thank you, Chair.\n[14:06]\nCHAIR: We'll break now.\nProceedings suspended from "
         "14:06 to 14:20", []),
    ],
    "a recording's stamps stay positions": [
        ("Budget Estimates hearing, YouTube upload\n\n[00:10:41]\nSenator LEE: Thank you.\n[00:12:02]\nCHAIR: Next.",
         [(641.0, None), (722.0, None)]),
        ("[10:41]\nHOST: Welcome back to the show.\n[12:05]\nGUEST: Thanks for having me.",
         [(641.0, None), (725.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sitting_record(text, expected):
    assert found_spans(text) == expected
