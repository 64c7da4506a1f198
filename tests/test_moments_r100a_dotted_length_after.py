"""A dotted point in a sentence naming its footage, the footage's length told later in the paragraph (blind round
100, regional): "Coach wants everyone to watch the county final video before Tuesday — ..., and the goal we conceded
is at 31.05 itself. Full video is 1 hr 12 mins". Dotted points were read against a length told before them only, so
31.05 had none. The length told after counts too, for a number no clock of the day reads (31 minutes) or in a
sentence sending the reader to look that tells no day's time and is not the writer's own day. A dotted clock in a
sentence about when the video was made, or when one will watch it, stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a dotted point inside the length told after it": [
        ("Please watch the club's video of the semi-final before Thursday, our second goal is at 38.20 itself. "
         "Full video is 1 hr 5 mins.", [(2300.0, None)]),
        ("Check the video, at 2.15 you can see the cow on the road. Video 4 min only.", [(135.0, None)]),
    ],
    "a dotted clock of the day with a length told after it is none": [
        ("The video was recorded at 9.15 by a resident. It is 12 minutes long.", []),
        ("Watch the video tonight at 9.20. Video is 15 minutes.", []),
        ("We watched the match video at 7.30 on Sunday. The video 10 min only so watch lah.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_dotted_length_after(text, expected):
    assert found_spans(text) == expected
