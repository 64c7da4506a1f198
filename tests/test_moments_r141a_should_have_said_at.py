"""What the recording should have said at a position (blind round 141, forum): a video's maker answering a comment,
"I explain it from 2:30 to 2:55 but I should have said so at 1:14 too". A modal's perfect of a speech verb ("should
have said so at", "could have mentioned it at") regrets what the footage says there: the time is a position, not a
clock of the day a past tense would make it. A modal perfect of an act in the world stays a time of day."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a speech verb's modal perfect at a time is a position": [
        ("Good point. I cover the wiring at 6:40, though I should have mentioned it at 2:05 as well.",
         [(400.0, None), (125.0, None)]),
        ("Thanks mate, we ought to have flagged that at 0:58 in the upload.", [(58.0, None)]),
        ("Fair cop. I really could have said so around 3:12 already.", [(192.0, None)]),
    ],
    "a modal perfect of an act in the day stays a time of day": [
        ("We should have left at 7:15 to beat the traffic.", []),
        ("She could have caught the 8:40 ferry but missed it.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_should_have_said_at(text, expected):
    assert found_spans(text) == expected
