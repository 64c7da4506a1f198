"""An end form "of Production N", a Scottish court's numbered exhibit (blind round 109): a sheriff's note on a
warden's body-worn camera footage, "lodged before me as Production 3. It is 4 minutes 10 seconds long", then "in the
final 40 seconds of Production 3 he is laughing". A numbered production is a recording lodged as evidence, as an
"Exhibit 3" already was: the tail counts from its length. "Production" with no number (a plant's output) stays no
recording."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the final N seconds of a numbered production are a tail of that recording": [
        ("The CCTV clip was lodged as Production 12. It runs 2 minutes 30 seconds. In the last 15 seconds of "
         "Production 12 the car leaves the forecourt.", [(135.0, 150.0)]),
        ("The dashcam recording (Production No. 4) is 3 minutes 5 seconds long. The pursuer is silent throughout; "
         "in the final 20 seconds of Production No. 4 a horn sounds.", [(165.0, 185.0)]),
    ],
    "production with no number is no recording": [
        ("The clip is 3 minutes long. Output fell in the final 40 minutes of production at the plant.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_numbered_production(text, expected):
    assert found_spans(text) == expected
