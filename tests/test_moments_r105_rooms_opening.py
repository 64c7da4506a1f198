"""A premiere's or a livestream's room said to open at a clock of the day (blind round 105): "Live premiere tonight
at 7pm GMT, with chat open from 6:45." When a chat, a lobby or a waiting room opens is a time in the world (the
contract's bare clock time that says when something happened in the world, as "the shop opened at 9:15"), like a
venue's doors ("doors open from 6:30"); a chat said to do something at a place in a recording stays a position."""

from __future__ import annotations

import pytest

from tests.moments_scoring import family_cases, found_spans

FAMILIES = {
    "a chat, a lobby or a waiting room opening is a time of day": [
        ("Premiere goes live Friday at 8pm AEST; the chat opens from 7:30 for a Q&A.", []),
        ("The waiting room opens at 19:50 and the webinar begins at 20:00.", []),
        ("Gig's sold out, but the doors open from 6:30 if you're queueing.", []),
    ],
    "a chat at a place in the recording stays a position": [
        ("In the VOD, the chat starts spamming emotes at 2:10.", [(130.0, None)]),
        ("The live chat was brutal at 14:20 of the replay.", [(860.0, None)]),
    ],
}
CASES, IDS = family_cases(FAMILIES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_rooms_opening(text, expected):
    assert found_spans(text) == expected
