"""A forum post's title line closed by a tag of its medium and length in square brackets (blind round 90): "Who's at
fault here? Merge on the M7 this morning [video, 1:04]", "Near miss on the A34 [dashcam video - 0:48]". The tag is
the post's video's length, no moment, and the length its end forms count from; a stamp alone in brackets ("[1:04]")
and a tag inside a line ("the car drifts [video, 0:19] before the blinker") still cite positions."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a title line's medium and length tag is no moment": [
        ("**Roundabout chaos in Swindon, am I wrong?** [video, 0:52]\n\nThe van cuts me up at 0:31.",
         [(31.0, None)]),
        ("Near miss on the A34 [dashcam video - 1:18]\n\nLorry drifts over at 0:40, horn at 0:44.",
         [(40.0, None), (44.0, None)]),
        ("Cyclist vs bus, who is at fault? [Video: 2:05]\n\nThe last 10 seconds are the worst bit.",
         [(115.0, 125.0)]),
    ],
    "a bare stamp or a tag inside a line cites a position": [
        ("The car drifts [video, 0:19] before the blinker.\nThen it merges at 0:21 in the video.",
         [(19.0, None), (21.0, None)]),
        ("Watch the merge in the video\n[0:21]", [(21.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_title_tag_length(text, expected):
    assert found_spans(text) == expected
