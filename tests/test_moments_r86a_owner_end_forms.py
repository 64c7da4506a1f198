"""An end form owned by a named work (blind round 86): where several works' lengths are stated, "The clip's final
20 seconds" and "the drone's last 40 seconds" count from the length told of that work ("The 2:36 clip", a table
row's "RFS drone | 4:12"), not from the nearest length. With one length stated, or an owner told of no length, the
form counts as before."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "the owner's own length": [
        ("The 1:40 clip going round on TikTok is cut from a 12-minute documentary. The clip's last 10 seconds show "
         "the bridge.", [(90.0, 100.0)]),
        ("We compared a 45-second phone video with a 6-minute drone recording. The phone video's final 15 seconds "
         "match the drone's last minute.", [(30.0, 45.0), (300.0, 360.0)]),
        ("| File | Source | Length |\n|---|---|---|\n| `a.mp4` | helicopter | 3:00 |\n| `b.mp4` | dashcam | 9:30 |"
         "\n\nThe helicopter's final 30 seconds are blurred.", [(150.0, 180.0)]),
    ],
    "one length, or an owner with none, counts as before": [
        ("The 2:00 clip is all we have. The clip's final 20 seconds are dark.", [(100.0, 120.0)]),
        ("The video runs 5:00. The last 30 seconds are credits.", [(270.0, 300.0)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_owner_end_forms(text, expected):
    assert found_spans(text) == expected
