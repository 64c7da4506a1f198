"""A stretch to the footage's end told with the end's time ("from 3:47 until the end at 4:05", "to the end
(12:30)"): one range to that time, not a range left open and a second point at the end. Round 30, sixteenth
session."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "end-told-with-its-time": [
        ("The video's last shot, from 2:51 until the end at 3:20, is a slow zoom on the harbour.",
         [(171.0, 200.0)]),
        ("Credits run from 11:48 to the end (12:30).", [(708.0, 750.0)]),
        ("From 2:10 until the end of the video at 2:55 the screen stays dark.", [(130.0, 175.0)]),
        ("Watch the stream from 1:02:10 until the end at 1:05:00, it is worth it.", [(3730.0, 3900.0)]),
    ],
    "near-misses": [
        # no time told for the end: a range to the end, left open (no length stated)
        ("It is out of sync from 00:21:14 until the end.", [(1274.0, None)]),
        # a new clause after a comma places a new position
        ("From 2:10 to the end of the clip, at 2:40 he waves.", [(130.0, None), (160.0, None)]),
        # "at" a place, not a time
        ("The band plays in the video from 1:10 until the end at the pier.", [(70.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_a_stretch_to_the_end_told_with_the_ends_time_is_one_range(text, expected):
    assert found_spans(text) == expected
