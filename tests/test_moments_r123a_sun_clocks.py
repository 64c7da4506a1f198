"""Times of day read off the sun by a chronolocation (blind round 123): "SunCalc gives ~15:20.", "shadows are long and
pointing roughly south-west, so early morning, maybe 7:30–8:00 in winter". A clock told right after a sun tool, the
sun's azimuth or angle, or a part of the day (early morning, mid-afternoon), in a sentence naming no footage, is when
the picture was taken in the world (the contract's sun-derived times), not a position. A position said in the video
after the same words stays one."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time read off the sun is a time of day": [
        ("Shadows point north-east. SunCalc puts it near 16:05. The van leaves the frame at 0:48.", [(48.0, None)]),
        ("The sun's azimuth fits about 09:40 local. The flag drops at 1:10.", [(70.0, None)]),
        ("Long shadows to the west, so late afternoon, perhaps 17:15–17:45 in June. The fire spreads at 0:20.",
         [(20.0, None)]),
    ],
    "a part of the day said of the footage keeps its position": [
        ("In the video, the mid-afternoon light changes at 2:15.", [(135.0, None)]),
        ("The timelapse reaches early morning around 0:52 in the clip.", [(52.0, None)]),
        ("Shadow angle at 00:48 suggests a time near 09:20.", [(48.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_sun_clocks(text, expected):
    assert found_spans(text) == expected
