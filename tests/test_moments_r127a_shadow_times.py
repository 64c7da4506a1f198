"""A time of day worked out from the sun or the shadows (blind round 127, visual): "sun azimuth from the jeepney's
shadow puts it at 17:45 give or take 10 minutes". Chronolocation dates the scene in the world: the time the sun
or a shadow gives is when it was filmed, no position in the footage, hedged or not. A position told in the same
write-up stays one, and so does a time the shadow analysis places into the footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time the sun or the shadows give is no moment": [
        ("The cyclist passes the kiosk at 0:41; the shadow angle of the bollards suggests roughly 09:40 local.",
         [(41.0, None)]),
        ("Solar elevation from the mast's shadow places the upload's footage at about 14:10, plus or minus a "
         "quarter hour. The bus turns at 1:05.", [(65.0, None)]),
        ("Going by the sun position, the shadows point to 16:05 or so. The van is first seen at 00:00:31.",
         [(31.0, None)]),
        ("Sun azimuth off the church spire puts the clip at 08:20 give or take 15 minutes.", []),
    ],
    "a position near the sun or a shadow stays one": [
        ("The shadow of the crane sweeps across the square at 2:14 in the video.", [(134.0, None)]),
        ("At 1:12 the sun flares the lens, and the shadows lengthen by 1:40.", [(72.0, None), (100.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_shadow_times(text, expected):
    assert found_spans(text) == expected
