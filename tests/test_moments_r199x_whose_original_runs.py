"""The original of a copy named by whose it is, then its length (blind round 199): "Her original runs 4 minutes 10
seconds" is the original's length, as "The original runs 3 minutes 10 seconds" already was, so "in the last 30
seconds of the original" counts from it, not from the viral copy's 58 seconds."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "whose original runs": [
        ("The viral clip is 58 seconds long. Her original runs 4 minutes 10 seconds. In the last 30 seconds of the "
         "original, the water recedes.", [(220.0, 250.0)]),
        ("The viral video is 40 seconds long. His original lasts 3 minutes 10 seconds. Ten seconds before the end "
         "of the original the bus turns.", [(180.0, None)]),
        ("The TikTok cut is 30 seconds long. Their original runs 2 minutes. Halfway through the original the "
         "crowd cheers.", [(60.0, None)]),
    ],
    "left alone": [
        ("The viral clip is 58 seconds long. In the last 30 seconds of the clip, the water recedes.", [(28.0, 58.0)]),
        ("Her original runs 4 minutes 10 seconds late, said the stationmaster.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_whose_original_runs(text, expected):
    assert found_spans(text) == expected
