"""An end form said of "the original" (or the uncut or source video) where no length is told with that word, another
work named beside it (blind round 202's fact check: "In the last 25 seconds of the original, which the viral version
leaves out" after "The viral version is 58 seconds long" and "a 3-minute-45-second video"): the original's length,
the longest told before (the clips were cut from it), not the viral clip's. A form naming the viral clip keeps the
clip's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the last N of the original, another version named beside it": [
        ("The viral version is 58 seconds long. We traced the footage to a 3-minute-45-second video uploaded to "
         "YouTube. At the 1:12 mark of the original the same matriarch appears. In the last 25 seconds of the "
         "original, which the viral version leaves out, the guide's voice gives the date.",
         [(72.0, None), (200.0, 225.0)]),
        ("The clip going round is 40 seconds long, cut from a 6-minute phone video. The final 10 seconds of the uncut "
         "video, which the clip drops, show the driver.", [(350.0, 360.0)]),
    ],
    "a form naming the viral clip left alone": [
        ("The viral clip is 58 seconds long. The original is a 3-minute video. In the last 10 seconds of the viral "
         "clip the truck leaves.", [(48.0, 58.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_end_of_original(text, expected):
    assert found_spans(text) == expected
