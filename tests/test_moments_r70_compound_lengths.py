"""A work's length in two units said as its adjective or in the clause after it (blind round 70): "in the final
twenty minutes of the 2 hour 40 minute programme", "the last minute of the 2-hour 40-minute programme", "of the
recording, which runs 1 hour 35 minutes". The whole length is the one an end form counts from (not its first unit
alone, and not lost because the words between "of the" and the noun are more than three); a length in two units of
something that is no footage (a journey) is no length to count from."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an end form counts from a two-unit length said as its work's adjective": [
        ("Viewers lost the captions in the final fifteen minutes of the 1 hour 50 minute broadcast.",
         [(5700.0, 6600.0)]),
        ("The last ten minutes of the 3-hour 20-minute stream are a Q&A with the cast.", [(11400.0, 12000.0)]),
        ("In the final 30 seconds of the 4-minute 10-second clip, the crowd sings.", [(220.0, 250.0)]),
    ],
    "or in the clause right after its work": [
        ("In the last five minutes of the recording, which runs 1 hour 35 minutes, nobody speaks.",
         [(5400.0, 5700.0)]),
    ],
    "a two-unit length of no footage counts nothing": [
        ("They dozed for the final 20 minutes of the 2 hour 15 minute journey to Tralee.", []),
        ("The 1 hour 50 minute broadcast was watched by 2.3 million people.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_compound_lengths(text, expected):
    assert found_spans(text) == expected
