"""A Scottish court's production said again as "the production" (blind round 112): "lodged the harbour CCTV as
Production 7/3, a single file of 11 minutes 40 seconds ... The critical passage is in the last 40 seconds of the
production." An end form "of the production" was read as the end of some other thing; a numbered production already
counted ("of Production 3"), and the production said again, ending its phrase, is that recording too. A
production's team or a stage production told with no footage length stays nothing."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the production said again is the recording": [
        ("The defender lodged the CCTV as Production 7/3, a single file of 6 minutes 10 seconds. The critical "
         "passage is in the last 40 seconds of the production.", [(330.0, 370.0)]),
        ("Crown production 14 is a 9 minute 20 second compilation. In the first 20 seconds of the production, the "
         "man comes through the door.", [(0.0, 20.0)]),
        ("The CCTV was lodged as Production 2, which runs 3 minutes 5 seconds. The final 30 seconds of the "
         "production show the van leaving.", [(155.0, 185.0)]),
    ],
    "a production that is no recording stays nothing": [
        ("The theatre's two-hour production was long. In the final 10 minutes of the production, the lead "
         "collapsed on stage.", []),
        ("The 90-minute film was shot in Leeds. In the last 20 minutes of the production team's schedule, rain "
         "fell.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_production_said_again(text, expected):
    assert found_spans(text) == expected
