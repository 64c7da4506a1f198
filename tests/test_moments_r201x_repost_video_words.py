"""A copy of the footage put up again named as "video" and "clip" are: "the repost", "the reupload", "the re-up",
"the YouTube mirror" (patterns.REPOST, in MEDIA_NOUN and LENGTH_MEDIA): a fraction through it counts from its
length, an end form from the length told of it, and a clock "in" or "on" it is a position. A mirror looked in or on a
car stays no footage."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a fraction through the copy counts from its length": [
        ("Halfway through the four-minute reupload the lights go out.", [(120.0, None)]),
        ("Halfway through the four-minute repost the lights go out.", [(120.0, None)]),
        ("A quarter of the way into the eight-minute re-upload, the police arrive.", [(120.0, None)]),
        ("Halfway through the six-minute YouTube mirror the crowd surges.", [(180.0, None)]),
    ],
    "an end form counts from the copy's length": [
        ("The 3-minute re-up is all we have. In the last 20 seconds the man runs.", [(160.0, 180.0)]),
        ("The two-minute repost cuts off early; in the final 10 seconds the gate shuts.", [(110.0, 120.0)]),
    ],
    "a clock in or on the copy is a position": [
        ("The crowd broke through at 19:40 in the reupload.", [(1180.0, None)]),
        ("The crowd broke through at 19:40 on the YouTube mirror.", [(1180.0, None)]),
        ("The officer draws at 14:05 in the repost.", [(845.0, None)]),
    ],
    "left alone": [
        ("She checked her hair in the mirror at 06:40 before leaving.", []),
        ("He glanced at the rear-view mirror at 14:05 and saw the van.", []),
        ("The reposts started at 19:40 that evening.", []),
        ("Halfway through the four-minute video the lights go out.", [(120.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_repost_video_words(text, expected):
    assert found_spans(text) == expected
