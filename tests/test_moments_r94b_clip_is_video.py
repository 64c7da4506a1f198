"""An end form of a clip on a page that told a video's length and another work's (blind round 94, a fact check):
'posted a 50-second video ... The report is 3 minutes long ... In the last 10 seconds of the viral clip'. The
family: a clip and a video are one kind of work, so where no clip's length was told, "the last N seconds of the
clip" counts from the one video's length ("a 50-second video"), not from the nearer report's or broadcast's. A
clip whose own length was told counts from that."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a clip's end form counts from the video's length": [
        ("An account on X shared a 40-second video of the bridge collapse. The council's CCTV recording is 6 minutes "
         "long. In the final 5 seconds of the shared clip, the timestamp overlay is cropped out.", [(35.0, 40.0)]),
        ("A 25-second video went round WhatsApp groups on Monday. The bulletin it was cut from runs 4 minutes. In "
         "the last 8 seconds of the forwarded clip, the channel's logo has been blurred.", [(17.0, 25.0)]),
    ],
    "a clip whose own length was told counts from it": [
        ("A 40-second clip of the collapse was shared on X. The council's CCTV recording is 6 minutes long. In the "
         "final 5 seconds of the shared clip, the overlay is cropped out.", [(35.0, 40.0)]),
    ],
    "a form naming the other work counts from its length": [
        ("An account on X shared a 40-second video of the collapse. The council's CCTV recording is 6 minutes long. "
         "In the final 5 seconds of the CCTV recording, the camera shakes.", [(355.0, 360.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_clip_is_video(text, expected):
    assert found_spans(text) == expected
