"""Clocks of the day said as a file's metadata or a post's time without "at" (blind round 123): "Its creation date in
the metadata is 13:52:40", "- Posted to Reddit 08:31, r/ireland, 2.3k upvotes". What the metadata (EXIF, XMP) is said
to hold, and when a post went up, told right after "posted" (to a platform) with two-digit hours, are times in the
world, never positions in the footage (the contract lists metadata and upload times with the on-screen clocks). A time
said into the footage after such words stays a position; a clock of the footage's own, "00:" hours, is not a day's."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "what the metadata is said to hold is a clock of the day": [
        ("The file's capture time in the EXIF is 18:22:05; at 0:14 the bus stops.", [(14.0, None)]),
        ("Metadata was 21:07:44, though the phone may be an hour off. The flash comes at 1:02.", [(62.0, None)]),
        ("The XMP creation stamp is 16:40:09 and the drone turns 45 seconds in.", [(45.0, None)]),
    ],
    "posted, then a day's clock with no at": [
        ("Uploaded to TikTok 22:48, 15k likes. The car skids at 0:09.", [(9.0, None)]),
        ("- Posted 07:15, r/melbourne\n- the tram appears at 0:33", [(33.0, None)]),
    ],
    "a position said into the footage stays one": [
        ("The clip posted to X shows the crash 0:41 into the video.", [(41.0, None)]),
        ("Posted to YouTube at 14:10. In the video the crowd surges at 2:05.", [(125.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_metadata_and_post_clocks(text, expected):
    assert found_spans(text) == expected
