"""A work's length told with "one" as its subject against another work (blind round 74, transcripts): a reaction
video's host says "The last cut was ninety seconds. This one's three minutes ten" or "the new one runs 2:50", and an
end form later in the text ("the final twenty seconds of the trailer") counts from that length, as it would from
"it's three minutes ten". A "one" that is no work ("this one's a keeper", "number one's 3:10 in") stays no length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "'this one's' and 'the new one runs' say the work's length": [
        ("The last teaser was ninety seconds. This one's three minutes ten, so buckle up.\n\n"
         "[01:02] The final twenty seconds of the trailer are just the title card.",
         [(62.0, None), (170.0, 190.0)]),
        ("Two trailers dropped today. The first was short; the new one runs 2 minutes 30 seconds.\n\n"
         "The last ten seconds of the trailer are a single held shot.", [(140.0, 150.0)]),
        ("I watched the old promo and then the new one. This one is four minutes long. In the final half "
         "minute of the video the band finally appears.", [(210.0, 240.0)]),
    ],
    "near-misses stay as they were": [
        ("This one's a keeper. At 1:12 the dog jumps the fence.", [(72.0, None)]),
        ("Of the three clips, this one is my favourite. The goal is at 0:47.", [(47.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_one_lengths(text, expected):
    assert found_spans(text) == expected
