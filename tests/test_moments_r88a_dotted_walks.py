"""A paragraph that named its clip walking through it with dotted minutes and seconds (blind round 88): "The
appellant relied on a dashcam clip ... Having viewed it, we note that at 0.42 the matatu crosses the centre line; at
0.49 ... The driver brakes at 1.30." A dotted "0.SS" reads as no clock or price; a later dotted point told in the
footage's present, shortly after the last one placed, walks on. The world's past ("The court adjourned at 1.30"), a
day's clock and a price stay nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted 0.SS in a paragraph that named its clip is a position": [
        ("The prosecution played the CCTV clip twice. Having watched it ourselves, we find that at 0.18 the "
         "accused enters the shop; at 0.33 he reaches over the counter.", [(18.0, None), (33.0, None)]),
        ("Counsel for the insurer tendered a phone video of the crash. We are satisfied that at 0.51 the lorry "
         "is already in the outer lane.", [(51.0, None)]),
    ],
    "a later dotted point in the footage's present walks on": [
        ("The respondent's dashcam footage was admitted. In our view, at 0.26 the cyclist is on the kerb. The bus "
         "pulls out at 1.05. Nothing turns on the rest.", [(26.0, None), (65.0, None)]),
    ],
    "the world's past, a day's clock or a price stays nothing": [
        ("The bodycam clip was shown. At 0.35 the officer knocks. The court adjourned at 1.30.", [(35.0, None)]),
        ("We watched the video together. Lunch was at 1.30 and we left at 2.10.", []),
        ("Shares in the video platform closed at 0.42 today.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_walks(text, expected):
    assert found_spans(text) == expected
