"""A length said "in length" or "in duration" (blind round 78): "The video, 2 minutes 46 seconds in length, was
recorded by a passer-by", "the clip is 1:12 in length". Like "long", it is the work's length: no moment, and the one
its end forms count from. A distance said in length ("the bridge is 46 m in length") is no work's length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a length said in length is the one end forms count from": [
        ("The recording, 3 minutes 20 seconds in length, was shared on Friday. The last ten seconds are black.",
         [(190.0, 200.0)]),
        ("Our clip is 1:12 in length; the final five seconds show the plate.", [(67.0, 72.0)]),
        ("The bodycam file, roughly 48 seconds in duration, ends abruptly. In the last 8 seconds he runs.",
         [(40.0, 48.0)]),
    ],
    "a length said in length is no position": [
        ("The video, 2 minutes 46 seconds in length, went viral overnight.", []),
        ("Each episode is 22:30 in length and airs on Sundays.", []),
    ],
    "look-alikes stay as they are": [
        ("The bridge is 46 m in length. At 0:12 a truck crosses it.", [(12.0, None)]),
        ("At 1:40 in the video he stops; the queue was 2 km in length.", [(100.0, None)]),
        ("The hearing ran 3 hours and at 1:02:00 into the recording the judge sneezes.", [(3720.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_in_length(text, expected):
    assert found_spans(text) == expected
