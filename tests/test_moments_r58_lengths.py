"""Round 58, sports and chapters: lengths of works read as positions. A broadcast's recap or condensed game is a work
whose length is stated ("the channel's 10:41 recap", "the 14-minute condensed game") and counted in by end forms and
fractions; a list of quoted titles with their times under a label of lengths ("Original lengths: “A” 3:18, “B”
4:02") lists each work's length. Near-misses: a position in the recap, a quoted title at a position with no label."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a recap or condensed game with its length": [
        ("The league's 8:20 recap is worth a look; the last 20 seconds of the recap are the trophy lift.",
         [(480.0, 500.0)]),
        ("Halfway through the 12-minute condensed game you're already into the third quarter.", [(360.0, None)]),
        ("The league's 6:00 recap is up. The last 15 seconds of the 6:00 recap show the coach's reaction.",
         [(345.0, 360.0)]),
        # near-misses: a position in the recap stays; "recap" naming what fills a stretch of the broadcast is no work
        ("In the recap, the dunk is at 2:14.", [(134.0, None)]),
        ("The broadcast runs 2 hours. After the anthems there is about half an hour of recap montages. The final "
         "10 minutes of the broadcast are the trophy lift.", [(6600.0, 7200.0)]),
    ],
    "quoted titles with their times under a label of lengths": [
        ("Tracklist: [00:00] Intro, [05:10] Night Bus.\n\nAlbum lengths, for the curious: “Night Bus” 4:12, "
         "“Low Sun” 3:55, “Northern Line” 6:02.", [(0.0, None), (310.0, None)]),
        ("Running times as released: 'Glass' 5:40 and 'Hollow' 4:18. In the video, 'Glass' starts at 12:30.",
         [(750.0, None)]),
        # near-miss: a quoted title at a position, with no label of lengths
        ("In the set, “Night Bus” 4:12 is where the crowd sings along.", [(252.0, None)]),
    ],
}

FAMILY_CASES, FAMILY_IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES, ids=FAMILY_IDS)
def test_round_fifty_eight_length_families(text: str, expected: list[tuple[float, object]]) -> None:
    assert found_spans(text) == expected
