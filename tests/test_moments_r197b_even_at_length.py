"""A verdict on the whole work by its length, conceded with "even at" (blind round 197): "Worth your time, even at 52
minutes" says how long the documentary is, as "a lean 52 minutes that fly by" does, not where anything happens; a
place said "even at" stays a place ("even at 12 minutes in", "even at 3:10")."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "even at the work's length": [
        ("Review: Saltwater Shell (SBS On Demand, 52 minutes). The final five minutes belong to the crew. "
         "Worth your time, even at 52 minutes. Streaming until 30 June.", [(2820.0, 3120.0)]),
        ("Even at two hours, the concert film never drags; the encore at 1:52:10 is the peak.", [(6730.0, None)]),
        ("Worth a watch even at 95 minutes. At 41:20 the twist lands.", [(2480.0, None)]),
        ("The documentary is a slog even at 40 minutes. The first five minutes are just wind.", [(0.0, 300.0)]),
    ],
    "a place said even at stays": [
        ("The sound is off even at 12 minutes in, and at 14 minutes the picture freezes.",
         [(720.0, None), (840.0, None)]),
        ("The glitch is there even at 3:10 in the upload.", [(190.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_even_at_length(text, expected):
    assert found_spans(text) == expected
