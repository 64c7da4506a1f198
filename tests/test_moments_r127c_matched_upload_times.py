"""A time in one upload matched to the same moment in another, "X's time is Y's time" (blind round 127): "Upload 3
(TikTok) begins with a 5-second intro card, so its 0:27 is Upload 1's 0:22." Both are positions, each in its own
upload's clock. The upload's noun after "is" makes no length of the time before it ("a 4:12 video" is one, "its 0:27
is Upload 1's" is not): a copula or a link word is no adjective of the cut."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a time equated with another upload's time is two positions": [
        ("The mirror adds a 3-second logo, so its 1:15 is the source clip's 1:12.", [(75.0, None), (72.0, None)]),
        ("The repost's 0:50 was Reel 2's 0:44 before the trim.", [(50.0, None), (44.0, None)]),
        ("Camera B starts late; its 2:03 matches Camera A's 2:11.", [(123.0, None), (131.0, None)]),
    ],
    "a time as the adjective of its video stays a length": [
        ("The 3:05 radio edit drops the bridge.", []),
        ("Its 4:12 video is the better one, with the plate visible at 0:40.", [(40.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_matched_upload_times(text, expected):
    assert found_spans(text) == expected
