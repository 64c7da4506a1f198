"""A time said to be on a kept recording (blind round 78): "which the commission timed to 15:50 on the tape", "the
shout comes at 2:05 on my recording", "at 41:10 on the bodycam file": a position in it, however the sentence around
it reads (the learned veto does not overrule it). Not a time "on the livestream", when it went out."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time on the tape is a position in it": [
        ("The tape also shows a fire engine arriving, which the inquiry timed to 12:40 on the tape.",
         [(760.0, None)]),
        ("The officers reach the door at 41:10 on the bodycam file.", [(2470.0, None)]),
        ("My neighbour's shout comes at 2:05 on my recording, not earlier.", [(125.0, None)]),
    ],
    "look-alikes stay as they are": [
        ("The service went out at 9:00 on the livestream.", []),
        ("The ferry left at 14:30 on the Tuesday.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_on_the_tape(text, expected):
    assert found_spans(text) == expected
