"""A thing seen in the footage, then "is" and a timecode (blind round 94, forum): 'the spike in the replay is 6:31,
the ball's past the bat at 6:30'. The subject is what happens ("the spike", "the handball", "the foul") and the
footage is only where it is seen ("in the replay"): the timecode is where, not how long the replay is. A work's own
noun as the subject ("the replay is 6:31", "the second clip in the compilation is 2:10") stays its length."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "an event in the footage 'is' a timecode: a position": [
        ("Honestly mate, the handball in the highlights is 2:47, not 2:40.", [(167.0, None), (160.0, None)]),
        ("The foul on the stream is 1:14:05 if you want to check it.", [(4445.0, None)]),
        ("Lads, the red card in the full match replay is 1:02:44. Clear as day.", [(3764.0, None)]),
    ],
    "the footage's own noun as subject is its length": [
        ("The replay is 6:31, so it won't take long.", []),
        ("The second clip in the compilation is 2:10.", []),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_event_in_footage_is(text, expected):
    assert found_spans(text) == expected
